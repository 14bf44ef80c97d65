import { describe, expect, it } from 'vitest';
import { findPayText } from '../../lib/sites/read';

describe('findPayText', () => {
  it('finds a rate with its unit', () => {
    expect(findPayText('We pay $25–35/hour for approved work.')).toBe('$25–35/hour');
  });

  it('finds a salary named as such even without a unit', () => {
    expect(findPayText('Location: Austin.\nSalary: $71,750 - $95,000 depending on level.')).toBe(
      '$71,750 - $95,000',
    );
    expect(findPayText('The pay range for this role is $60,000–$80,000.')).toBe('$60,000–$80,000');
  });

  it('does not take an unlabelled amount or a small sum for a salary', () => {
    expect(findPayText('We raised $12,000,000 last year.')).toBeUndefined();
    expect(findPayText('Pay: a $5 bonus for referrals.')).toBeUndefined();
  });

  it('stays fast on long text with no pay in it', () => {
    const text = 'salary '.repeat(20_000) + '$'.repeat(5_000);
    const start = performance.now();
    expect(findPayText(text)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(200);
  });
});
