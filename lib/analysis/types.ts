// The analysis result's shape lives in lib/model (records embed it); the analyser's own name for it.
export * from '../model/analysis';
