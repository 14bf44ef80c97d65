import { describe, expect, expectTypeOf, it } from 'vitest';
import { analyzeListing } from '../../lib/analysis/analyze';
import { ALL_FLAGS, flagRecord, type FlagId } from '../../lib/analysis/flags/all-flags';
import { DETECTOR_IDS } from '../../lib/analysis/flags/detector-ids';
import { isPatternMatch, type FlagExample } from '../../lib/analysis/flags/flag';
import { scanText } from '../../lib/analysis/text-scan';
import { unboundedQuantifiers } from './regex-safety';

const inputOf = (example: FlagExample) => (typeof example === 'string' ? { text: example } : example);

function reported(example: FlagExample): Set<string> {
  const a = analyzeListing(inputOf(example));
  return new Set([...a.redFlags, ...a.goodSignals, ...(a.gaps ?? [])].map((f) => f.id));
}

describe('flags declared as records', () => {
  it('have unique ids and panel text', () => {
    const ids = ALL_FLAGS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of ALL_FLAGS) {
      expect(f.title.length, f.id).toBeGreaterThan(3);
      expect(f.explanation.length, f.id).toBeGreaterThan(30);
      expect(f.id, f.id).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
    }
  });

  it.each(ALL_FLAGS.map((f) => [f.id, f] as const))(
    '%s is raised by its positive examples only',
    (id, flag) => {
      for (const example of flag.examples.positive)
        expect(reported(example), JSON.stringify(example)).toContain(id);
      for (const example of flag.examples.negative)
        expect(reported(example), JSON.stringify(example)).not.toContain(id);
      expect(flag.examples.negative.length).toBeGreaterThan(0);
      // The fraud model's examples depend on trained weights; every other flag shows what it catches.
      if (id !== 'reads_like_fraud') expect(flag.examples.positive.length).toBeGreaterThan(0);
    },
  );

  it.each(ALL_FLAGS.filter((f) => isPatternMatch(f.match)).map((f) => [f.id, f] as const))(
    '%s has linear-time patterns over lowercase text',
    (_id, flag) => {
      if (!isPatternMatch(flag.match)) return;
      for (const pattern of flag.match.patterns) {
        expect(unboundedQuantifiers(pattern.source), pattern.source).toEqual([]);
        expect(pattern.flags).not.toContain('i');
        expect(pattern.source.replace(/\\[A-Za-z]/g, '')).not.toMatch(/[A-Z]/);
      }
    },
  );

  it('uses every detector, each by one flag', () => {
    const used = ALL_FLAGS.flatMap((f) => (isPatternMatch(f.match) ? [] : [f.match.detector]));
    expect([...used].sort()).toEqual([...DETECTOR_IDS].sort());
  });

  it('types flag ids, so a misspelt one does not compile', () => {
    expectTypeOf<'upfront_fee'>().toExtend<FlagId>();
    expectTypeOf<'upfront_fe'>().not.toExtend<FlagId>();
    expect(flagRecord('upfront_fee').severity).toBe('high');
  });

  it('stays fast on repetitive text built from every example', () => {
    const seed = ALL_FLAGS.flatMap((f) => [...f.examples.positive, ...f.examples.negative])
      .map((e) => inputOf(e).text)
      .join(' ');
    const text = seed.repeat(Math.ceil(200_000 / seed.length)).slice(0, 200_000);
    expect(() => analyzeListing({ text })).not.toThrow();
    expect(scanText('text', text).clean.length).toBeGreaterThan(0);
  });
});

describe('denials', () => {
  it('cannot bury a demand under many promises', () => {
    const promises = 'We never charge a registration fee. '.repeat(80);
    const a = analyzeListing(
      { text: `${promises}Pay the $49 registration fee to start.` },
      { fraudModel: null },
    );
    expect(a.redFlags.map((f) => f.id)).toContain('upfront_fee');
    expect(a.risk.level).toBe('high');
  });
});
