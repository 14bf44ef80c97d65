import type {
  Analysis,
  AnalysisInput,
  Evidence,
  Flag,
  PayAmount,
  PayBasisHit,
  Severity,
  TaskTypeHit,
} from './types';
import { PAY_BASIS_IDS, TASK_TYPE_IDS } from './ids';
import type { PayBasisId, TaskTypeId } from './types';
import { extractHtml } from './html-text';
import { checkIdentity } from './identity';
import { readJobPosting } from './job-posting';
import { findPay, type FoundPay } from './pay';
import { assessRisk } from './risk';
import {
  runGoodSignalRules,
  runPayBasisRules,
  runRedFlagRules,
  runTaskTypeRules,
  type RuleHit,
} from './rule-sets';
import { evidenceAt, scanText, type ScanText } from './text-scan';
import type { FlagRule, Rule } from './rule';

/** A task type is reported once its combined score reaches this. */
export const TASK_TYPE_THRESHOLD = 0.5;
const MAX_EVIDENCE = 5;
const SEVERITY_ORDER: Record<Severity, number> = { low: 0, medium: 1, high: 2 };

const COMPANY_NAME =
  /\b[A-Z][\w&.-]{1,30}(?: [A-Z][\w&.-]{1,30}){0,3} (?:Inc\.?|LLC|Ltd\.?|GmbH|Technologies|Labs?|Research|Solutions|Corp\.?|Company|AI|Data|Lab)\b|\b(?:Requester|Company|Client): [A-Z]/;
const VAGUE_PAY =
  /\b(?:competitive (?:pay|compensation|rates?)|pay: doe|doe\b|depending on experience|to be discussed|will be discussed|varies by project|negotiable)\b/;

function byId<T extends string>(ids: readonly T[], id: T) {
  return ids.indexOf(id);
}

function mergeEvidence(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of list) {
    const key = `${e.field}:${e.start}:${e.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
    if (out.length >= MAX_EVIDENCE) break;
  }
  return out;
}

function taskTypesOf(hits: RuleHit<Rule<TaskTypeId>>[]): TaskTypeHit[] {
  const groups = new Map<TaskTypeHit['id'], { miss: number; evidence: Evidence[] }>();
  for (const h of hits) {
    const g = groups.get(h.rule.id) ?? { miss: 1, evidence: [] };
    g.miss *= 1 - h.rule.weight;
    g.evidence.push(...h.evidence);
    groups.set(h.rule.id, g);
  }
  const out: TaskTypeHit[] = [];
  for (const [id, g] of groups) {
    const score = Math.round((1 - g.miss) * 100) / 100;
    if (score >= TASK_TYPE_THRESHOLD) out.push({ id, score, evidence: mergeEvidence(g.evidence) });
  }
  return out.sort((a, b) => b.score - a.score || byId(TASK_TYPE_IDS, a.id) - byId(TASK_TYPE_IDS, b.id));
}

const BASIS_OF_UNIT: Partial<Record<PayAmount['unit'], PayBasisHit['id']>> = {
  hour: 'hourly',
  task: 'per_task',
  item: 'per_asset_or_word',
  word: 'per_asset_or_word',
  audio_hour: 'per_asset_or_word',
};

function payBasesOf(hits: RuleHit<Rule<PayBasisId>>[], pay: FoundPay[]): PayBasisHit[] {
  const groups = new Map<PayBasisHit['id'], Evidence[]>();
  const add = (id: PayBasisHit['id'], evidence: Evidence[]) =>
    groups.set(id, [...(groups.get(id) ?? []), ...evidence]);
  for (const h of hits) add(h.rule.id, h.evidence);
  const fixedReward = groups.has('fixed_reward');
  for (const { amount, unitSource } of pay) {
    const basis = BASIS_OF_UNIT[amount.unit];
    if (!basis) continue;
    // On reward-style listings the per-task figure is the reward and an hourly figure is only its equivalent.
    if (fixedReward && (basis === 'hourly' || (basis === 'per_task' && unitSource === 'label'))) continue;
    add(basis, [amount.evidence]);
  }
  return [...groups]
    .map(([id, evidence]) => ({ id, evidence: mergeEvidence(evidence) }))
    .sort((a, b) => byId(PAY_BASIS_IDS, a.id) - byId(PAY_BASIS_IDS, b.id));
}

function flagsOf(hits: RuleHit<FlagRule>[]): Flag[] {
  const groups = new Map<string, Flag>();
  for (const h of hits) {
    const g = groups.get(h.rule.id);
    if (!g) groups.set(h.rule.id, { id: h.rule.id, severity: h.rule.severity, evidence: [...h.evidence] });
    else {
      if (SEVERITY_ORDER[h.rule.severity] > SEVERITY_ORDER[g.severity]) g.severity = h.rule.severity;
      g.evidence.push(...h.evidence);
    }
  }
  return [...groups.values()].map((f) => ({ ...f, evidence: mergeEvidence(f.evidence) }));
}

function dedupePay(found: FoundPay[]): FoundPay[] {
  const seen = new Set<string>();
  return found.filter(({ amount: a }) => {
    const key = `${a.min}|${a.max}|${a.currency}|${a.unit}|${a.per}|${a.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function firstMatch(docs: readonly ScanText[], pattern: RegExp): Evidence[] {
  for (const d of docs) {
    const m = pattern.exec(d.lower);
    if (m) return [evidenceAt(d, m.index, m.index + m[0].length)];
  }
  return [];
}

/** Text to analyse: as given, or read from HTML (page text, JSON-LD JobPosting first). */
export function resolveInput(input: AnalysisInput): { title: string; text: string; fromHtml: boolean } {
  const title = typeof input.title === 'string' ? input.title : '';
  const text = typeof input.text === 'string' ? input.text : '';
  if (text.trim() || typeof input.html !== 'string' || !input.html) return { title, text, fromHtml: false };
  const page = extractHtml(input.html);
  const job = readJobPosting(page.jsonLd);
  const parts = [
    job?.company ? `Company: ${job.company}` : '',
    job?.pay ?? '',
    job?.description ?? page.text,
  ];
  return {
    title: title || job?.title || page.title || '',
    text: parts.filter(Boolean).join('\n'),
    fromHtml: true,
  };
}

/**
 * Reads a listing or message and says what the work is, how it pays, and what to worry about.
 * Pure and synchronous; evidence offsets point into `title` and `text` as passed (or into
 * `analysedText` when the text came from `html`).
 */
export function analyzeListing(input: AnalysisInput): Analysis {
  const { title, text, fromHtml } = resolveInput(input);
  const docs: ScanText[] = [];
  if (title) docs.push(scanText('title', title));
  docs.push(scanText('text', text));

  const taskTypes = taskTypesOf(runTaskTypeRules(docs));
  const found = dedupePay(docs.flatMap(findPay));
  const pay = found.map((f) => f.amount);
  const payBases = payBasesOf(runPayBasisRules(docs), found);

  const redFlags = flagsOf(runRedFlagRules(docs));
  const goodSignals = flagsOf(runGoodSignalRules(docs));
  const identity = checkIdentity(input.url, docs);
  if (identity.impersonation) {
    redFlags.push({
      id: 'impersonation_domain',
      severity: 'high',
      evidence: mergeEvidence(identity.impersonation),
    });
  }
  if (identity.freeMail.length) {
    redFlags.push({
      id: 'personal_email_contact',
      severity: 'medium',
      evidence: mergeEvidence(identity.freeMail),
    });
  }
  if (identity.verified) {
    goodSignals.push({ id: 'named_company_verifiable_domain', severity: 'low', evidence: identity.verified });
  }
  const named =
    identity.mentions.length > 0 ||
    docs.some((d) => COMPANY_NAME.test(d.clean)) ||
    identity.addresses.some((a) => !identity.freeMail.includes(a.evidence));
  if (!input.url && !named) redFlags.push({ id: 'no_company_identity', severity: 'low', evidence: [] });

  const statedBasis = payBases.some((b) => b.id !== 'bonus_incentive' && b.id !== 'unpaid_steps');
  if (!pay.length && !statedBasis) {
    redFlags.push({ id: 'missing_pay', severity: 'low', evidence: firstMatch(docs, VAGUE_PAY) });
  }
  const basePay = found.filter((f) => f.amount.kind === 'base');
  if (basePay.length && statedBasis) {
    goodSignals.push({
      id: 'stated_pay_rate',
      severity: 'low',
      evidence: basePay.slice(0, 2).map((f) => f.amount.evidence),
    });
  }
  const clear = taskTypes.filter((t) => t.score >= 0.7);
  if (clear.length && text.length >= 250) {
    goodSignals.push({ id: 'clear_description', severity: 'low', evidence: clear[0].evidence.slice(0, 2) });
  }

  const analysis: Analysis = {
    taskTypes,
    payBases,
    pay,
    redFlags,
    goodSignals,
    risk: assessRisk(redFlags, goodSignals, pay),
  };
  if (fromHtml) analysis.analysedText = text;
  return analysis;
}
