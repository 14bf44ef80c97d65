import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toFraudExamples } from '../../../scripts/real-data/examples';
import { loadRealData, RealDataError } from '../../../scripts/real-data/load';

// Self-written stand-ins for the three files, in their formats.
const labels = (risk: string) => ({ taskTypes: [], payBases: [], pay: [], risk });
const listing = (id: string, risk: string, extra: object = {}) =>
  JSON.stringify({
    id,
    source: 'message',
    origin: 'https://example.org/a',
    title: 'T',
    text: `Text of ${id}`,
    labels: labels(risk),
    ...extra,
  });
const HEADER =
  'job_id,title,location,department,salary_range,company_profile,description,requirements,benefits,telecommuting,has_company_logo,has_questions,employment_type,required_experience,required_education,industry,function,fraudulent';
const long = (s: string) => `${s} ${'filler words for length '.repeat(10)}`;
const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
const row = (id: string, fraud: string, company: string, description: string) =>
  `${id},Clerk,,,"30,000-40,000",${quoted(company)},${quoted(description)},,,0,0,0,,,,,,${fraud}`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'real-data-'));
  writeFileSync(
    join(dir, 'dev-listings-genuine.jsonl'),
    `${listing('g-1', 'low')}\n\n${listing('g-2', 'low')}\n`,
  );
  writeFileSync(
    join(dir, 'dev-listings-risk.jsonl'),
    [
      listing('r-1', 'high'),
      listing('r-2', 'caution'),
      listing('r-3', 'low', { url: 'https://jobs.example.com/x' }),
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'emscad-dev-full.csv'),
    [
      HEADER,
      row(
        '1',
        '1',
        'Acme ships parcels for you from home.',
        long('Receive parcels, "repack" them\nand send them on.'),
      ),
      row('2', '0', 'Acme ships parcels for you from home.', long('Answer customer calls.')),
      row('3', '0', '', 'Too short.'),
      '',
    ].join('\r\n'),
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const failure = () => {
  try {
    loadRealData(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(RealDataError);
    return (e as Error).message;
  }
  throw new Error('expected the load to fail');
};

describe('loadRealData', () => {
  it('reads both listing files and the EMSCAD rows, building EMSCAD text as the scorer does', () => {
    const { items, skippedShort } = loadRealData(dir);
    expect(items.map((i) => i.id)).toEqual(['g-1', 'g-2', 'r-1', 'r-2', 'r-3', 'emscad-1', 'emscad-2']);
    expect(skippedShort).toBe(1);
    const ad = items.find((i) => i.id === 'emscad-1')!;
    expect(ad.set).toBe('emscad');
    expect(ad.text.startsWith('Clerk\n\nSalary: 30,000-40,000\n\nAcme ships parcels')).toBe(true);
    expect(ad.text).toContain('"repack" them\nand send');
    expect(ad.labels).toEqual({ fraudulent: true });
    expect(items.find((i) => i.id === 'r-3')!.url).toBe('https://jobs.example.com/x');
    // Ads sharing a company blurb share a key, so they fall in one group.
    const [a, b] = items.filter((i) => i.set === 'emscad');
    expect(a.groupKeys.some((k) => b.groupKeys.includes(k))).toBe(true);
  });

  it('turns high into fraud, low into genuine and holds caution back', () => {
    const { examples, caution } = toFraudExamples(loadRealData(dir).items);
    expect(caution.map((c) => c.id)).toEqual(['r-2']);
    expect(examples.filter((e) => e.fraud).map((e) => e.id)).toEqual(['r-1', 'emscad-1']);
    expect(examples).toHaveLength(6);
  });

  it('names the file and line of invalid JSON', () => {
    writeFileSync(join(dir, 'dev-listings-genuine.jsonl'), `${listing('g-1', 'low')}\n{"id": "g-2",\n`);
    expect(failure()).toMatch(/dev-listings-genuine\.jsonl:2: invalid JSON/);
  });

  it('names the file, line and field of an entry missing a field or with a bad label', () => {
    writeFileSync(
      join(dir, 'dev-listings-risk.jsonl'),
      `${listing('r-1', 'high')}\n${listing('r-2', 'severe')}\n`,
    );
    expect(failure()).toMatch(/dev-listings-risk\.jsonl:2: labels\.risk: /);
    writeFileSync(
      join(dir, 'dev-listings-risk.jsonl'),
      JSON.stringify({ id: 'r-1', source: 's', labels: labels('low') }),
    );
    expect(failure()).toMatch(/dev-listings-risk\.jsonl:1: text: /);
  });

  it('names the line of a bad CSV row, counting lines inside quoted cells', () => {
    writeFileSync(
      join(dir, 'emscad-dev-full.csv'),
      [HEADER, row('1', '1', 'Acme', long('Two\nlines')), row('2', 'maybe', 'Acme', long('x'))].join('\n'),
    );
    expect(failure()).toMatch(/emscad-dev-full\.csv:4: fraudulent: /);
  });

  it('names a missing column and a missing file', () => {
    writeFileSync(join(dir, 'emscad-dev-full.csv'), 'job_id,title\n1,Clerk\n');
    expect(failure()).toMatch(/emscad-dev-full\.csv:1: missing column\(s\) salary_range/);
    rmSync(join(dir, 'dev-listings-genuine.jsonl'));
    expect(failure()).toMatch(/dev-listings-genuine\.jsonl: file not found/);
  });
});
