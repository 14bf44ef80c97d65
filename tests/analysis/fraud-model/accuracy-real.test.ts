import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runRealAccuracy } from '../../../scripts/accuracy-real';

// Self-written stand-ins for the real files. One scam campaign runs under three company blurbs and
// openings: three groups of near-duplicates that share the campaign's words.
const HEADER =
  'job_id,title,location,department,salary_range,company_profile,description,requirements,benefits,telecommuting,has_company_logo,has_questions,employment_type,required_experience,required_education,industry,function,fraudulent';
const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
const row = (id: number, fraud: boolean, company: string, description: string) =>
  `${id},Clerk,,,,${quoted(company)},${quoted(description)},,,0,0,0,,,,,,${fraud ? 1 : 0}`;

// Made-up words, so that only the model, not a rule, can tell the ads apart. Every ad has the same
// shape and length; each genuine ad has words of its own, the campaign's ads share theirs.
const word = (n: number) => {
  let w = '';
  for (let x = n + 26 * 27; x > 0; x = Math.floor(x / 26)) w += String.fromCharCode(97 + (x % 26));
  return w;
};
const sentence = (from: number) => Array.from({ length: 8 }, (_, j) => word(from + j)).join(' ');
const CAMPAIGN = sentence(0);
const SHARED = `${'The office keeps the usual plan for every team and every week of the year. '.repeat(12)}`;
const ad = (id: number, fraud: boolean, blurbFrom: number, openingFrom: number, body: string) =>
  row(id, fraud, `${sentence(blurbFrom)}.`, `${sentence(openingFrom)}. ${body}. ${SHARED}`);

const campaignAds = [0, 1, 2].flatMap((g) =>
  [0, 1, 2, 3].map((k) => ad(100 + g * 4 + k, true, 100 + g * 20, 110 + g * 20, CAMPAIGN)),
);
const genuineAds = Array.from({ length: 20 }, (_, i) =>
  ad(200 + i, false, 1000 + i * 30, 1010 + i * 30, sentence(1020 + i * 30)),
);
const listing = (id: string, risk: string, text: string) =>
  JSON.stringify({
    id,
    source: 'message',
    origin: 'self-written',
    title: 'Task',
    text,
    labels: { taskTypes: [], payBases: [], pay: [], risk },
  });

let dir: string;
let out: {
  crossValidated: Record<string, string>;
  crossValidatedRandomFolds: Record<string, string>;
};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'accuracy-real-'));
  writeFileSync(
    join(dir, 'dev-listings-genuine.jsonl'),
    Array.from({ length: 10 }, (_, i) =>
      listing(`g-${i}`, 'low', `Label the images of set ${sentence(5000 + i * 10)} at a stated hourly rate.`),
    ).join('\n'),
  );
  writeFileSync(
    join(dir, 'dev-listings-risk.jsonl'),
    Array.from({ length: 5 }, (_, i) =>
      listing(`r-${i}`, 'high', `Pay a ${i + 2}0 USDT deposit to unlock task set ${i} and earn more.`),
    ).join('\n'),
  );
  writeFileSync(join(dir, 'emscad-dev-full.csv'), [HEADER, ...campaignAds, ...genuineAds].join('\n'));
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    expect(runRealAccuracy(dir, ['--json'])).toBe(0);
    out = JSON.parse(String(log.mock.calls.at(-1)?.[0]));
  } finally {
    log.mockRestore();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const caught = (share: string) => Number(share.split('/')[0]);

describe('accuracy --real: two ways of cross-validating the fraud model', () => {
  it('scores every ad both ways', () => {
    for (const run of [out.crossValidated, out.crossValidatedRandomFolds]) {
      expect(run.emscadFraudHigh).toMatch(/^\d+\/12 /);
      expect(run.emscadGenuineHigh).toMatch(/^\d+\/20 /);
    }
  });

  it('grouped folds never let a campaign count unless seen in enough other groups; random folds do', () => {
    // Held out one group at a time, the campaign's words were seen in only two groups: below the
    // three a word needs to get a weight. With random folds, all three groups are trained on.
    expect(caught(out.crossValidated.emscadFraudHigh)).toBe(0);
    expect(caught(out.crossValidatedRandomFolds.emscadFraudHigh)).toBeGreaterThanOrEqual(9);
    expect(caught(out.crossValidatedRandomFolds.emscadGenuineHigh)).toBe(0);
  });
});
