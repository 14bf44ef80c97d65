/** A labelled listing for training and cross-validation. */
export interface FraudExample {
  id: string;
  title: string;
  text: string;
  fraud: boolean;
  /** Which collection it came from; each collection's two classes are weighted to count alike. */
  set?: string;
  /**
   * Keys shared by near-duplicates (same company blurb, same opening paragraph). Examples sharing
   * any key form one group: a group is never split across folds, and an n-gram must appear in
   * several groups to get a weight, so a company's name or boilerplate cannot be memorised.
   */
  groupKeys?: string[];
}

/** Group number of every example: connected components of shared group keys. */
export function groupExamples(examples: readonly FraudExample[]): number[] {
  const parent = examples.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const owner = new Map<string, number>();
  examples.forEach((e, i) => {
    for (const key of e.groupKeys ?? []) {
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else parent[find(i)] = find(j);
    }
  });
  const ids = new Map<number, number>();
  return examples.map((_, i) => {
    const root = find(i);
    if (!ids.has(root)) ids.set(root, ids.size);
    return ids.get(root)!;
  });
}

/** A seeded pseudo-random generator (mulberry32): same seed, same sequence. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of a copy, driven by `random`. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
