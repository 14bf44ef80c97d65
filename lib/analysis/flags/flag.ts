import type { Severity } from '../types';
import type { DetectorId } from './detector-ids';

/** Red flags raise the risk; good signs reassure; gaps are facts the listing leaves out, never risk. */
export type FlagKind = 'red' | 'good' | 'gap';

/** An example a flag must (or must not) raise, analysed in full by the flag tests. */
export type FlagExample = string | { url?: string; title?: string; text: string };

/**
 * How pattern hits near a denial are read.
 * - `demand`: a request the worker should refuse (money, ID, a move to chat). A hit is dropped
 *   only when its own clause promises the opposite ("we will never ask you to pay a fee, buy
 *   equipment or share your bank details"); a warning about scams elsewhere in the sentence, or
 *   an amount right beside the demand, keeps it.
 * - `near`: dropped right after "no", "without", "never" ("no interview" is not an offer).
 */
export type Negation = 'demand' | 'near';

export interface PatternMatch {
  /**
   * Matched against the cleaned, lowercased text (accents and look-alikes folded, so "salario"
   * matches "salário"). Linear-time only: no nested quantifiers, bounded gaps, no `i` flag.
   */
  patterns: readonly RegExp[];
  negation?: Negation;
  /** Only look in this field (default: title and text). */
  field?: 'title' | 'text';
}

/**
 * One red flag, good sign or gap: everything the analyser and the panel know about it, in one
 * record. `match` is either patterns or the name of a detector (`detectors.ts`) for judgments
 * that need more than words: the page's address, the pay found, the fraud model.
 */
export interface FlagRecord<Id extends string = string> {
  id: Id;
  kind: FlagKind;
  /** How serious one finding is on its own (see risk.ts for how findings combine). */
  severity: Severity;
  /** Short name shown in the panel. */
  title: string;
  /** Why it matters to the worker, shown under the title. */
  explanation: string;
  match: PatternMatch | { detector: DetectorId };
  examples: { positive: readonly FlagExample[]; negative: readonly FlagExample[] };
}

/** Declares a flag, keeping its id as a literal type so the catalog can be typed by id. */
export function defineFlag<const Id extends string>(record: FlagRecord<Id>): FlagRecord<Id> {
  return record;
}

export const isPatternMatch = (m: FlagRecord['match']): m is PatternMatch => 'patterns' in m;
