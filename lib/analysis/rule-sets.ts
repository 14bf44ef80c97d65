import type { Rule } from './rule';
import { PAY_BASIS_RULES } from './rules/pay-bases';
import { TASK_TYPE_RULES } from './rules/task-types';
import { compileRule, findHits, type CompiledRule, type ScanText } from './text-scan';
import type { Evidence, PayBasisId, TaskTypeId } from './types';

/** Every declared task-type and pay-basis rule, for tests and tooling (flags live in flags/). */
export const ALL_RULES: readonly Rule[] = [...TASK_TYPE_RULES, ...PAY_BASIS_RULES];

// Compiled once at module load; each rule then walks a text once.
const taskTypes = TASK_TYPE_RULES.map((r) => compileRule(r));
const payBases = PAY_BASIS_RULES.map((r) => compileRule(r));

export interface RuleHit<R extends Rule> {
  rule: R;
  evidence: Evidence[];
}

function run<R extends Rule>(compiled: readonly CompiledRule<R>[], docs: readonly ScanText[]): RuleHit<R>[] {
  const hits: RuleHit<R>[] = [];
  for (const c of compiled) {
    const evidence = docs.flatMap((d) => findHits(c, d));
    if (evidence.length) hits.push({ rule: c.rule, evidence });
  }
  return hits;
}

export const runTaskTypeRules = (docs: readonly ScanText[]) => run<Rule<TaskTypeId>>(taskTypes, docs);
export const runPayBasisRules = (docs: readonly ScanText[]) => run<Rule<PayBasisId>>(payBases, docs);
