import { describe, expect, it } from 'vitest';
import { analyzeListing } from '../../lib/analysis/analyze';
import { cleanText } from '../../lib/analysis/clean-text';
import type { Analysis, Flag } from '../../lib/analysis/types';
import { GENUINE, SCAMS, type Listing } from './evasion/texts';
import { TRICKS, type Span, type Trick } from './evasion/tricks';

// The rules alone: the fraud model must not be what catches a disguised scam.
const judge = (listing: Listing) => analyzeListing(listing, { fraudModel: null });

const flagsOf = (a: Analysis): Flag[] => [...a.redFlags, ...a.goodSignals, ...(a.gaps ?? [])];

/** Where in the text the flags found something: the words a disguise goes after. */
const spansOf = (flags: readonly Flag[]): Span[] =>
  flags.flatMap((f) => f.evidence.filter((e) => e.field === 'text').map((e) => [e.start, e.end] as const));

const disguise = (listing: Listing, trick: Trick, flags: readonly Flag[]): Listing => ({
  ...listing,
  text: trick.apply(listing.text, spansOf(flags)),
});

/** Every piece of evidence quotes the text it was found in, at the offsets it gives. */
function expectEvidenceMapsBack(listing: Listing, a: Analysis) {
  for (const flag of flagsOf(a))
    for (const e of flag.evidence) {
      const field = e.field === 'title' ? (listing.title ?? '') : listing.text;
      expect(e.snippet, `${flag.id} evidence`).toBe(field.slice(e.start, e.end));
    }
}

const summary = (a: Analysis) =>
  `${a.risk.level}: ${a.redFlags.map((f) => f.id).join(', ') || 'no red flags'}`;

describe('scams as written', () => {
  it('are at least 40, of many kinds', () => {
    expect(SCAMS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(SCAMS.map((s) => s.name)).size).toBe(SCAMS.length);
  });

  it.each(SCAMS.map((s) => [s.name, s] as const))('%s is high risk by the rules alone', (_, scam) => {
    const a = judge(scam);
    expect(a.risk.level, summary(a)).toBe('high');
  });
});

describe.each(TRICKS.map((t) => [t.name, t] as const))('disguised with %s', (_, trick) => {
  // A disguise that changes nothing proves nothing. A few texts give one no hold (a look-alike
  // address, a demand in one short word), so nearly all, not all, must change.
  it('changes the words that matter in nearly every text', () => {
    const unchanged = [...SCAMS, ...GENUINE].filter((listing) => {
      const plain = judge(listing);
      const flags = plain.redFlags.length
        ? plain.redFlags
        : plain.goodSignals.filter((f) => f.id === 'safety_notice');
      return disguise(listing, trick, flags).text === listing.text;
    });
    expect(unchanged.length, unchanged.map((l) => l.name).join(', ')).toBeLessThanOrEqual(
      (SCAMS.length + GENUINE.length) / 8,
    );
  });

  it.each(SCAMS.map((s) => [s.name, s] as const))('%s stays high risk', (__, scam) => {
    const plain = judge(scam);
    const tricked = disguise(scam, trick, plain.redFlags);
    const a = judge(tricked);
    expect(a.risk.level, `${JSON.stringify(tricked.text)} → ${summary(a)}`).toBe('high');
    // The flags that made it high are still found through the disguise.
    for (const f of plain.redFlags.filter((r) => r.severity === 'high'))
      expect(
        a.redFlags.map((r) => r.id),
        JSON.stringify(tricked.text),
      ).toContain(f.id);
    expectEvidenceMapsBack(tricked, a);
  });

  it.each(GENUINE.map((g) => [g.name, g] as const))(
    'genuine %s stays below high with its safety promise',
    (__, listing) => {
      const plain = judge(listing);
      const notice = plain.goodSignals.filter((f) => f.id === 'safety_notice');
      const tricked = disguise(listing, trick, notice);
      const a = judge(tricked);
      expect(a.risk.level, `${JSON.stringify(tricked.text)} → ${summary(a)}`).not.toBe('high');
      const allowed = new Set(trick.earns ?? []);
      expect(
        a.redFlags.map((f) => f.id).filter((id) => !allowed.has(id)),
        JSON.stringify(tricked.text),
      ).toEqual([]);
      expect(
        a.goodSignals.map((f) => f.id),
        JSON.stringify(tricked.text),
      ).toContain('safety_notice');
      expectEvidenceMapsBack(tricked, a);
    },
  );
});

describe('genuine listings with safety notices, as written', () => {
  it('are at least 10', () => expect(GENUINE.length).toBeGreaterThanOrEqual(10));

  it.each(GENUINE.map((g) => [g.name, g] as const))(
    '%s has no red flag and shows its promise',
    (_, listing) => {
      const a = judge(listing);
      expect(a.redFlags, summary(a)).toEqual([]);
      expect(a.goodSignals.map((f) => f.id)).toContain('safety_notice');
    },
  );
});

describe('undoing disguises leaves ordinary writing alone', () => {
  it.each([
    ['numbers after letters', 'Pay is USD150 a day for 4x4 reviews on i7 laptops with x86 builds.'],
    ['a heading on its own line', 'Requirements\nPython and SQL'],
    ['a line ending on a full word', 'We pay weekly\nBonuses follow'],
    ['a Russian word in an English text', 'Спасибо for applying.'],
  ])('%s', (_, text) => {
    expect(cleanText(text).clean).toBe(text);
  });

  it.each([
    ['digits for letters', 'p4y th3 r3g15tr4t10n f33s', 'pay the registration fees'],
    ['a number on the next line', 'VIP\n2 members', 'VIP 2 members'],
    ['a line break after a word no line ends on', 'chat on\nTelegram', 'chat on Telegram'],
    [
      'a word made only of look-alikes',
      'Please р\u0430\u0443 the joining fee today',
      'Please pay the joining fee today',
    ],
    ['a capital look-alike of I', 'V\u0406\u0420 level', 'VIP level'],
    ['a number, then the sentence goes on', 'earn $800\na day', 'earn $800 a day'],
    [
      // So many look-alikes that they outnumber the Latin letters left, but not one letter only
      // another alphabet has: still a Latin text in disguise.
      'a short text written mostly in look-alikes',
      '\u0415\u0430rn \u0441\u0430sh \u0430 d\u0430\u0443 \u0440\u0430\u0443\u0435d \u0456n \u0441r\u0443\u0440t\u043e',
      'Earn cash a day payed in crypto',
    ],
  ])('%s', (_, text, clean) => {
    expect(cleanText(text).clean).toBe(clean);
  });

  it('reads a Cyrillic text with a few Latin words as Cyrillic: no mixed words, letters kept', () => {
    // A Ukrainian heading for a Polish job: "премii" typed with Latin i's is a keyboard habit.
    const text = 'працівник складу одягу, Umowa o pracę, 4900 brutto+премii (Randstad)';
    const { clean, mixedScript } = cleanText(text);
    expect(mixedScript).toEqual([]);
    expect(clean).toContain('складу одягу');
  });
});
