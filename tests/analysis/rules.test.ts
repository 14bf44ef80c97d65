import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../lib/analysis/rule-sets';
import { compileRule, findHits, scanText } from '../../lib/analysis/text-scan';
import { unboundedQuantifiers } from './regex-safety';

describe('rules declared as data', () => {
  it('have unique keys', () => {
    const keys = ALL_RULES.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(ALL_RULES.map((r) => [r.key, r] as const))(
    '%s matches its positive examples and not its negative ones',
    (_key, rule) => {
      const compiled = compileRule(rule);
      const field = rule.field ?? 'text';
      for (const phrase of rule.examples.positive) {
        expect(findHits(compiled, scanText(field, phrase)), `should match: ${phrase}`).not.toHaveLength(0);
      }
      for (const phrase of rule.examples.negative) {
        expect(findHits(compiled, scanText(field, phrase)), `should not match: ${phrase}`).toHaveLength(0);
      }
      expect(rule.examples.positive.length).toBeGreaterThan(0);
      expect(rule.examples.negative.length).toBeGreaterThan(0);
    },
  );

  it.each(ALL_RULES.map((r) => [r.key, r] as const))(
    '%s is safe against catastrophic backtracking',
    (_key, rule) => {
      for (const pattern of rule.patterns) {
        expect(unboundedQuantifiers(pattern.source), pattern.source).toEqual([]);
        // Rules run on lowercased text without the i flag.
        expect(pattern.flags).not.toContain('i');
        expect(pattern.source.replace(/\\[A-Za-z]/g, '')).not.toMatch(/[A-Z]/);
      }
      expect(rule.weight).toBeGreaterThan(0);
      expect(rule.weight).toBeLessThanOrEqual(1);
      expect(rule.explanation.length).toBeGreaterThan(20);
    },
  );

  it('stay fast on repetitive text built from their own examples', () => {
    const compiled = ALL_RULES.map((r) => compileRule(r));
    for (const c of compiled) {
      const seed = [...c.rule.examples.positive, ...c.rule.examples.negative].join(' ');
      const junk = scanText('text', seed.repeat(Math.ceil(50_000 / seed.length)).slice(0, 50_000));
      const t0 = performance.now();
      findHits(c, junk);
      expect(performance.now() - t0, c.rule.key).toBeLessThan(200);
    }
  });
});
