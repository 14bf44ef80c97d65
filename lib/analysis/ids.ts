// The ids behind the analysis live in lib/model; the analyser's own name for them.
export * from '../model/analysis-ids';
