import { PatternSet } from '../pattern-set';
import { MAX_EVIDENCE_PER_RULE, scanHits, type ScanText } from '../text-scan';
import type { Evidence, Flag } from '../types';
import { ALL_FLAGS, type FlagId } from './all-flags';
import { DETECTORS, type DetectorContext } from './detectors';
import { isPatternMatch, type FlagKind, type FlagRecord, type PatternMatch } from './flag';

interface CompiledFlag {
  record: FlagRecord<FlagId>;
  match: PatternMatch;
  patterns: PatternSet;
}

// Readied once at module load: one global regex per flag, so each text is walked once per flag.
const PATTERN_FLAGS: readonly CompiledFlag[] = ALL_FLAGS.flatMap((record) =>
  isPatternMatch(record.match)
    ? [
        {
          record,
          match: record.match,
          patterns: new PatternSet(record.match.patterns),
        },
      ]
    : [],
);

export interface PatternFindings {
  hits: Map<FlagId, Evidence[]>;
  /** Hits of demand flags that stand. */
  demands: Evidence[];
  /** Hits of demand flags that their own clause denies ("we never ask for a fee"). */
  denials: Evidence[];
}

export function runPatternFlags(docs: readonly ScanText[]): PatternFindings {
  const findings: PatternFindings = { hits: new Map(), demands: [], denials: [] };
  for (const { record, match, patterns } of PATTERN_FLAGS) {
    const evidence: Evidence[] = [];
    for (const doc of docs) {
      const { hits, denied } = scanHits(patterns, doc, match.negation, match.field);
      evidence.push(...hits);
      if (match.negation === 'demand') {
        findings.demands.push(...hits);
        findings.denials.push(...denied);
      }
    }
    if (evidence.length) findings.hits.set(record.id, evidence.slice(0, MAX_EVIDENCE_PER_RULE));
  }
  return findings;
}

export type FlagsByKind = Record<FlagKind, Flag[]>;

/** Every flag found, pattern or detector, sorted into red flags, good signs and gaps. */
export function collectFlags(
  patterns: PatternFindings,
  ctx: Omit<DetectorContext, 'demands' | 'denials'>,
): FlagsByKind {
  const out: FlagsByKind = { red: [], good: [], gap: [] };
  const detectorCtx: DetectorContext = { ...ctx, demands: patterns.demands, denials: patterns.denials };
  for (const record of ALL_FLAGS) {
    if (isPatternMatch(record.match)) {
      const evidence = patterns.hits.get(record.id);
      if (evidence) out[record.kind].push({ id: record.id, severity: record.severity, evidence });
      continue;
    }
    const found = DETECTORS[record.match.detector](detectorCtx);
    if (found)
      out[record.kind].push({
        id: record.id,
        severity: found.severity ?? record.severity,
        evidence: found.evidence,
      });
  }
  return out;
}
