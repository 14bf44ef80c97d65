import type { FlagRule, Rule } from './rule';
import { GOOD_SIGNAL_RULES } from './rules/good-signals';
import { PAY_BASIS_RULES } from './rules/pay-bases';
import { CONTACT_FLAG_RULES } from './rules/red-flags-contact';
import { MONEY_FLAG_RULES } from './rules/red-flags-money';
import { TASK_TYPE_RULES } from './rules/task-types';
import { compileRule, findHits, type CompiledRule, type ScanText } from './text-scan';
import type { Evidence, PayBasisId, TaskTypeId } from './types';

/** Every declared rule, for tests and tooling. */
export const ALL_RULES: readonly Rule[] = [
  ...TASK_TYPE_RULES,
  ...PAY_BASIS_RULES,
  ...MONEY_FLAG_RULES,
  ...CONTACT_FLAG_RULES,
  ...GOOD_SIGNAL_RULES,
];
export const RED_FLAG_RULES: readonly FlagRule[] = [...MONEY_FLAG_RULES, ...CONTACT_FLAG_RULES];

// Compiled once at module load; each rule then walks a text once.
const taskTypes = TASK_TYPE_RULES.map((r) => compileRule(r));
const payBases = PAY_BASIS_RULES.map((r) => compileRule(r));
const redFlags = RED_FLAG_RULES.map((r) => compileRule(r));
const goodSignals = GOOD_SIGNAL_RULES.map((r) => compileRule(r));

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
export const runRedFlagRules = (docs: readonly ScanText[]) => run<FlagRule>(redFlags, docs);
export const runGoodSignalRules = (docs: readonly ScanText[]) => run<FlagRule>(goodSignals, docs);
