import fc from 'fast-check';
import { PAY_BASIS_IDS, PAY_UNITS, RISK_LEVELS, TASK_TYPE_IDS, type Analysis } from '@/lib/analysis/types';
import {
  ApplicationRecord,
  EVENT_KINDS,
  EventRecord,
  PlatformRecord,
  REQUIREMENT_IDS,
} from '@/lib/model/records';
import { OUTCOMES, STAGES } from '@/lib/model/stages';
import type { LogContents } from '@/lib/transfer/payload';

/**
 * Text as users and pages produce it, and worse: formula starters, quotes, separators, line
 * breaks, any Unicode code point (fc.string with the 'binary' unit), NUL and the other control
 * characters, and lone surrogates (a title cut in the middle of an emoji). Every exported file
 * must read back exactly, so none of these is left out.
 */
const tricky = fc.constantFrom(
  '=1+1',
  '+1',
  '-2',
  '@SUM(A1)',
  '\t',
  '\r',
  '\n',
  "'",
  "''x",
  '"',
  ',',
  ';',
  ' ',
  '=HYPERLINK("x")',
  '＝1',
  '\u0000',
  '\u001b[0m',
  '\\u{0}',
  "'\\",
  '\uD83D',
  '\uDE00x',
);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));
export const text = (maxLength = 40) =>
  fc
    .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), tricky, loneSurrogate), { maxLength: 5 })
    .map((parts) => Array.from(parts.join('')).slice(0, maxLength).join(''));

const isoDate = fc
  .date({ min: new Date('2001-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const day = isoDate.map((d) => d.slice(0, 10));
const number = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
const id = fc.oneof(
  fc.uuid(),
  text(20).filter((s) => s.length > 0),
);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drops keys holding undefined, as a record read back from a file would have them. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const stageDates = fc
  .subarray([...STAGES])
  .chain((stages) =>
    fc
      .tuple(...stages.map(() => isoDate))
      .map((dates) => Object.fromEntries(stages.map((s, i) => [s, dates[i]]))),
  );

const evidence = fc.record({
  field: fc.constantFrom('title', 'text'),
  start: fc.nat(5000),
  end: fc.nat(5000),
  snippet: text(),
});

const flag = fc.record({
  id: text(12),
  severity: fc.constantFrom('low', 'medium', 'high'),
  evidence: fc.array(evidence, { maxLength: 2 }),
});

const analysis: fc.Arbitrary<Analysis> = fc
  .record({
    taskTypes: fc.array(
      fc.record({
        id: fc.constantFrom(...TASK_TYPE_IDS),
        score: number(0, 1),
        evidence: fc.array(evidence, { maxLength: 2 }),
      }),
      { maxLength: 3 },
    ),
    payBases: fc.array(
      fc.record({ id: fc.constantFrom(...PAY_BASIS_IDS), evidence: fc.array(evidence, { maxLength: 1 }) }),
      { maxLength: 2 },
    ),
    pay: fc.array(
      fc.record({
        min: number(0, 1e6),
        max: number(0, 1e6),
        currency: fc.constantFrom('USD', 'EUR', 'GBP'),
        unit: fc.constantFrom(...PAY_UNITS),
        per: number(0.001, 1e4).filter((x) => x > 0),
        kind: fc.constantFrom('base', 'claim'),
        text: text(),
        evidence,
      }),
      { maxLength: 2 },
    ),
    redFlags: fc.array(flag, { maxLength: 2 }),
    goodSignals: fc.array(flag, { maxLength: 2 }),
    risk: fc.record({ level: fc.constantFrom(...RISK_LEVELS), reason: text() }),
    analysedText: optional(text(60)),
  })
  .map((a) => defined(a) as Analysis);

const url = fc.webUrl({ withQueryParameters: true, withFragments: true }).filter((u) => u.length < 300);

const listing = (listingKey: string) =>
  fc
    .record({
      siteId: fc.constantFrom('outlier', 'linkedin', 'dataannotation'),
      url,
      canonicalUrl: url,
      listingKey: fc.constant(listingKey),
      title: text(60),
      company: text(30),
      location: optional(text(20)),
      payText: optional(text(20)),
      description: text(200),
      employmentType: optional(text(10)),
      postedAt: optional(text(10)),
      source: fc.constantFrom('adapter', 'json-ld', 'generic', 'selection'),
    })
    .map(defined);

const tag = text(20)
  .map((t) => t.trim())
  .filter((t) => t.length > 0);

export const application = (platformIds: string[]) =>
  fc
    .record({
      id,
      listingKey: text(40).filter((s) => s.length > 0),
      platformId: platformIds.length ? fc.constantFrom(...platformIds) : fc.constant('outlier'),
      analysis: optional(analysis),
      stage: fc.constantFrom(...STAGES),
      stageSince: isoDate,
      outcome: optional(fc.constantFrom(...OUTCOMES)),
      outcomeAt: optional(isoDate),
      stageDates,
      payNoted: text(30),
      notes: text(200),
      tags: fc.array(tag, { maxLength: 4 }),
      createdAt: isoDate,
      updatedAt: isoDate,
    })
    .chain((a) => listing(a.listingKey).map((l) => ({ ...a, listing: l })))
    .map((a) => ApplicationRecord.parse(defined(a)));

const requirement = fc
  .record({
    id: fc.constantFrom(...REQUIREMENT_IDS),
    label: optional(text(20)),
    done: fc.boolean(),
    askedOn: optional(day),
    doneOn: optional(day),
    note: optional(text(30)),
  })
  .map(defined);

export const platform = fc
  .record({
    id,
    name: text(30).filter((s) => s.length > 0),
    stage: fc.constantFrom(...STAGES),
    stageSince: isoDate,
    outcome: optional(fc.constantFrom(...OUTCOMES)),
    outcomeAt: optional(isoDate),
    stageDates,
    requirements: fc.array(requirement, { maxLength: 3 }),
    unpaidHours: number(0, 10_000),
    notes: text(100),
    createdAt: isoDate,
    updatedAt: isoDate,
  })
  .map((p) => PlatformRecord.parse(defined(p)));

export const event = (subjectIds: string[]) =>
  fc
    .record({
      id,
      subject: fc.constantFrom('application', 'platform'),
      subjectId: subjectIds.length ? fc.oneof(fc.constantFrom(...subjectIds), id) : id,
      kind: fc.constantFrom(...EVENT_KINDS),
      from: optional(text(20)),
      to: optional(text(20)),
      detail: optional(text(40)),
      at: isoDate,
    })
    .map((e) => EventRecord.parse(defined(e)));

/** A whole valid log: unique ids, unique listing keys, events about its records and about deleted ones. */
export const log: fc.Arbitrary<LogContents> = fc
  .uniqueArray(platform, { maxLength: 4, selector: (p) => p.id })
  .chain((platforms) =>
    fc
      .uniqueArray(application(platforms.map((p) => p.id)), {
        maxLength: 6,
        selector: (a) => a.id,
      })
      .map((apps) => {
        const keys = new Set<string>();
        return apps.filter((a) => !keys.has(a.listingKey) && keys.add(a.listingKey));
      })
      .chain((applications) =>
        fc
          .uniqueArray(event([...applications.map((a) => a.id), ...platforms.map((p) => p.id)]), {
            maxLength: 10,
            selector: (e) => e.id,
          })
          .map((events) => ({ platforms, applications, events })),
      ),
  );
