import { describe, expect, it } from 'vitest';
import { computeAccuracy, loadCorpus } from '../../scripts/accuracy';
import { PAY_BASIS_IDS, PAY_UNITS, RISK_LEVELS, TASK_TYPE_IDS } from '../../lib/analysis/types';

// Floors the analyser meets on the corpus with some margin; a rule change that drops below them fails here.
const FLOOR = 0.85;

describe('corpus accuracy', () => {
  const corpus = loadCorpus();
  const report = computeAccuracy(corpus);

  it('has at least 80 well-formed entries covering every task type', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(80);
    const ids = new Set(corpus.map((e) => e.id));
    expect(ids.size).toBe(corpus.length);
    for (const e of corpus) {
      expect(e.text.length, e.id).toBeGreaterThan(40);
      for (const t of e.labels.taskTypes) expect(TASK_TYPE_IDS, e.id).toContain(t);
      for (const b of e.labels.payBases) expect(PAY_BASIS_IDS, e.id).toContain(b);
      for (const p of e.labels.pay) expect(PAY_UNITS, e.id).toContain(p.unit);
      expect(RISK_LEVELS, e.id).toContain(e.labels.risk);
    }
    const covered = new Set(corpus.flatMap((e) => e.labels.taskTypes));
    expect([...covered].sort()).toEqual([...TASK_TYPE_IDS].sort());
  });

  it.each(['taskTypes', 'payBases', 'pay', 'risk'] as const)(
    '%s: every label at or above the floor',
    (group) => {
      for (const s of report[group]) {
        expect(s.precision, `${group} ${s.label} precision`).toBeGreaterThanOrEqual(FLOOR);
        expect(s.recall, `${group} ${s.label} recall`).toBeGreaterThanOrEqual(FLOOR);
      }
    },
  );

  it('tells base rates from claims', () => {
    expect(report.payKindAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('never rates a genuine entry high', () => {
    expect(report.falseHighOnGenuine).toEqual([]);
  });
});
