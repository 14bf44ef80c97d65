import { describe, expect, it } from 'vitest';
import { headline } from '../../lib/sites/listing-fields';

describe('headline', () => {
  it('is the first line when it is short enough', () => {
    expect(headline('  Hello, a short note.\nMore text below.')).toBe('Hello, a short note.');
  });

  it('cuts a long first line at a word boundary and marks the cut', () => {
    const line =
      'Great news, you have been selected for a remote role. Please fill in the onboarding forms soon';
    const title = headline(line, 80);
    expect(title).toBe('Great news, you have been selected for a remote role. Please fill in the…');
    expect(title.length).toBeLessThanOrEqual(80);
    expect(line.startsWith(title.slice(0, -1))).toBe(true);
  });

  it('cuts a line with no spaces at the limit', () => {
    expect(headline('x'.repeat(200), 50)).toBe(`${'x'.repeat(49)}…`);
  });
});
