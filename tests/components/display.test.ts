import { describe, expect, it } from 'vitest';
import { formatDays } from '../../components/dashboard/display';

describe('formatDays', () => {
  it.each([
    [0, '1 s'],
    [40 / 86_400, '40 s'],
    [59.4 / 86_400, '59 s'],
    [12 / 1440, '12 min'],
    [5 / 24, '5 h'],
    [2.54, '2.5 d'],
    [14.4, '14 d'],
  ])('%f days reads "%s"', (days, text) => {
    expect(formatDays(days)).toBe(text);
  });

  it('tells apart durations under a minute that bars draw apart', () => {
    expect(formatDays(10 / 86_400)).not.toBe(formatDays(50 / 86_400));
  });
});
