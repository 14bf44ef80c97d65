import type { Analysis, AnalysisInput } from './types';

/** Placeholder judgment until the rule engine lands: reports nothing it cannot support. */
export function analyzeListing(input: AnalysisInput): Analysis {
  void input;
  return {
    taskTypes: [],
    payBases: [],
    pay: [],
    redFlags: [],
    goodSignals: [],
    risk: { level: 'caution', reason: 'Not analysed yet.' },
  };
}
