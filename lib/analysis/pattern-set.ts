import { gateOf, satisfies, type Gate, type WordIndex } from './word-gate';

/**
 * A rule's or flag's patterns, run as one global regex over a text. Only the patterns whose
 * required words the text holds are joined into it: a pattern that cannot match anywhere cannot
 * change where, or with which pattern, the joined regex matches, so the hits are the same as with
 * every pattern joined, at a fraction of the cost (most patterns are absent from most listings).
 */
export class PatternSet {
  private readonly sources: readonly string[];
  private readonly gates: readonly Gate[];
  /** Joined regexes by the set of patterns they hold, e.g. "0,3". */
  private readonly joined = new Map<string, RegExp>();

  constructor(patterns: readonly RegExp[]) {
    this.sources = patterns.map((p) => p.source);
    // Patterns are joined without their own flags, so their gates are read the same way.
    this.gates = this.sources.map((source) => gateOf(new RegExp(source)));
  }

  /** The global regex of the patterns that may match a text with these words; null if none may. */
  regexFor(words: WordIndex): RegExp | null {
    const picked: number[] = [];
    this.gates.forEach((gate, i) => {
      if (gate === null || satisfies(gate, words)) picked.push(i);
    });
    if (picked.length === 0) return null;
    const key = picked.join(',');
    let regex = this.joined.get(key);
    if (!regex) {
      regex = new RegExp(picked.map((i) => `(?:${this.sources[i]})`).join('|'), 'g');
      this.joined.set(key, regex);
    }
    return regex;
  }
}
