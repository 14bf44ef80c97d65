/**
 * A judgment declared as data. Every rule carries the phrases it must and must not match, so a
 * test can hold each rule to its own examples and anyone adding one sees what it is meant to catch.
 */
export interface Rule<Id extends string = string> {
  /** What the rule reports (a task type, pay basis, red flag or good signal id). */
  id: Id;
  /** Unique name of this rule among all rules, for tests and debugging. */
  key: string;
  /**
   * Matched against lowercased text. Linear-time only: no nested quantifiers, gaps bounded
   * (e.g. `[^.\n]{0,40}`), no `i` flag (the text is lowercased once for every rule).
   */
  patterns: readonly RegExp[];
  /** How much one hit counts, 0–1. Hits of several rules for one id combine as independent evidence. */
  weight: number;
  /** Why this matters to the worker, in one sentence. */
  explanation: string;
  /** A match is dropped when a negation ("never", "no", "will not") shortly precedes it. */
  negatable?: boolean;
  /** Only look in this field (default: both title and text). */
  field?: 'title' | 'text';
  examples: {
    /** Each must produce at least one hit. */
    positive: readonly string[];
    /** None may produce a hit. */
    negative: readonly string[];
  };
}
