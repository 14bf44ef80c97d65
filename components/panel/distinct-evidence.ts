import type { Evidence } from '@/lib/analysis/types';

const MAX_QUOTE = 90;

/** A snippet as the panel quotes it: one line, cut at a readable length. */
export function quote(snippet: string): string {
  const flat = snippet.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
}

/**
 * Evidence with each quote shown once. The same words can be found twice, in the title and in the
 * text (a selected message's first line is also its title); two identical chips say nothing more.
 */
export function distinctEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = quote(e.snippet).toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
