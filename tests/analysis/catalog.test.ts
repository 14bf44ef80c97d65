import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeListing } from '../../lib/analysis/analyze';
import {
  FLAG_INFO,
  GENERAL_RATE_QUESTIONS,
  GOOD_SIGNAL_IDS,
  PAY_BASIS_INFO,
  RED_FLAG_IDS,
  TASK_TYPE_INFO,
} from '../../lib/analysis/catalog';
import { ALL_RULES } from '../../lib/analysis/rule-sets';
import { GAP_IDS } from '../../lib/analysis/flag-info';
import { PAY_BASIS_IDS, TASK_TYPE_IDS } from '../../lib/analysis/types';
import { loadCorpus } from '../../scripts/accuracy';

// The domain reference sits beside the repository when it is there; the test is skipped without it.
const SEED_ARTICLE = fileURLToPath(new URL('../../../shared/reference/seed-article.txt', import.meta.url));

function allProductText(): string[] {
  return [
    ...Object.values(TASK_TYPE_INFO).flatMap((i) => [i.title, i.sees, i.submits, i.fit, i.difficulty]),
    ...Object.values(PAY_BASIS_INFO).flatMap((i) => [i.title, i.meaning, ...i.checks]),
    ...Object.values(FLAG_INFO).flatMap((i) => [i.title, i.explanation]),
    ...GENERAL_RATE_QUESTIONS,
    ...ALL_RULES.map((r) => r.explanation),
  ];
}

describe('catalog', () => {
  it('describes every task type and pay basis', () => {
    for (const id of TASK_TYPE_IDS) {
      const info = TASK_TYPE_INFO[id];
      for (const field of [info.title, info.sees, info.submits, info.fit, info.difficulty])
        expect(field.length).toBeGreaterThan(3);
    }
    for (const id of PAY_BASIS_IDS) {
      expect(PAY_BASIS_INFO[id].meaning.length).toBeGreaterThan(10);
      expect(PAY_BASIS_INFO[id].checks.length).toBeGreaterThan(0);
    }
    expect(GENERAL_RATE_QUESTIONS.length).toBeGreaterThanOrEqual(7);
  });

  it('has text for exactly the flag and signal ids the analyser reports', () => {
    expect(Object.keys(FLAG_INFO).sort()).toEqual([...RED_FLAG_IDS, ...GOOD_SIGNAL_IDS, ...GAP_IDS].sort());
    for (const e of loadCorpus()) {
      const a = analyzeListing({ url: e.url, title: e.title, text: e.text });
      for (const f of a.redFlags) expect(RED_FLAG_IDS).toContain(f.id);
      for (const g of a.goodSignals) expect(GOOD_SIGNAL_IDS).toContain(g.id);
      for (const g of a.gaps ?? []) expect(GAP_IDS).toContain(g.id);
    }
  });

  it.skipIf(!existsSync(SEED_ARTICLE))(
    'is written in its own words (no 7-word run shared with the seed article)',
    () => {
      const words = (s: string) => s.toLowerCase().match(/[a-z0-9’']+/g) ?? [];
      const article = words(readFileSync(SEED_ARTICLE, 'utf8')).join(' ');
      for (const sentence of allProductText()) {
        const w = words(sentence);
        for (let i = 0; i + 7 <= w.length; i++) {
          const run = w.slice(i, i + 7).join(' ');
          expect(article.includes(run), `"${run}" in: ${sentence}`).toBe(false);
        }
      }
    },
  );
});
