import { describe, expect, it } from 'vitest';
import { distinctEvidence, quote } from '../../components/panel/distinct-evidence';
import type { Evidence } from '../../lib/analysis/types';

const at = (field: 'title' | 'text', start: number, snippet: string): Evidence => ({
  field,
  start,
  end: start + snippet.length,
  snippet,
});

describe('distinctEvidence', () => {
  it('shows words found in both the title and the text once, keeping the first', () => {
    const title = at('title', 12, 'you’ve been selected');
    const text = at('text', 12, 'You’ve been  selected');
    const other = at('text', 80, 'You have 24 hours to');
    expect(distinctEvidence([title, text, other])).toEqual([title, other]);
  });

  it('keeps different words, and cuts long quotes to one readable line', () => {
    const a = at('text', 0, 'pay a fee');
    const b = at('text', 20, 'pay a deposit');
    expect(distinctEvidence([a, b])).toEqual([a, b]);
    expect(quote(`start\n${'word '.repeat(40)}`)).toHaveLength(90);
  });
});
