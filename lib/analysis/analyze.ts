import type { Analysis, AnalysisInput, Evidence, PayAmount, PayBasisHit, TaskTypeHit } from './types';
import { PAY_BASIS_IDS, TASK_TYPE_IDS } from './ids';
import type { PayBasisId, TaskTypeId } from './types';
import { extractHtml } from './html-text';
import { checkIdentity } from './identity';
import { collectFlags, runPatternFlags } from './flags/run-flags';
import { loadShippedFraudScorer, shippedFraudThresholds } from './fraud-model/shipped';
import type { FraudScorer } from './fraud-model/score';
import { readJobPostingJson } from './job-posting';
import { findPay, type FoundPay } from './pay';
import { assessRisk } from './risk';
import { runPayBasisRules, runTaskTypeRules, type RuleHit } from './rule-sets';
import { MAX_DESCRIPTION } from '../model/limits';
import { findSections, sectionFactor } from './sections';
import { scanText, type ScanText } from './text-scan';
import type { Rule } from './rule';

/** A task type is reported once its combined score reaches this. */
export const TASK_TYPE_THRESHOLD = 0.5;
const MAX_EVIDENCE = 5;
const MAX_TITLE = 1000;
/**
 * The fraud model reads a listing's first 32,000 characters: more than any real listing holds, and
 * a statistical reading gains nothing from a megabyte of padding (the rules still read it all).
 */
const FRAUD_MODEL_MAX_CHARS = 32_000;

/** What the fraud model reads of the scanned fields: the cleaned title and the cleaned text's start. */
function modelReading(title: ScanText | undefined, body: ScanText): { title: string; text: string } {
  return { title: title?.clean ?? '', text: body.clean.slice(0, FRAUD_MODEL_MAX_CHARS) };
}

/**
 * What the fraud model reads of a listing, cut and cleaned as the analysis does it. Training reads
 * the same, so the model learns from what it will see.
 */
export function fraudModelText(title: string, text: string): { title: string; text: string } {
  return modelReading(
    title ? scanText('title', title.slice(0, MAX_TITLE)) : undefined,
    scanText('text', text.slice(0, MAX_DESCRIPTION)),
  );
}

function byId<T extends string>(ids: readonly T[], id: T) {
  return ids.indexOf(id);
}

function mergeEvidence(list: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of list) {
    // The same words found again add nothing to show: "biology" once, not four times.
    const key = e.snippet.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
    if (out.length >= MAX_EVIDENCE) break;
  }
  return out;
}

/**
 * Task types from rule hits. A hit counts in full in the title or under "what you'll do", and
 * less in the company blurb or the benefits (sections.ts), so "we label data for AI labs" in an
 * About-us paragraph does not make a writing job an annotation job.
 */
function taskTypesOf(hits: RuleHit<Rule<TaskTypeId>>[], body: ScanText): TaskTypeHit[] {
  const groups = new Map<TaskTypeHit['id'], { miss: number; evidence: Evidence[] }>();
  const sections = findSections(body);
  for (const h of hits) {
    const g = groups.get(h.rule.id) ?? { miss: 1, evidence: [] };
    const factor = h.evidence.some((e) => e.field === 'title')
      ? 1
      : sectionFactor(body, sections, h.evidence);
    g.miss *= 1 - h.rule.weight * factor;
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
  for (const { amount, unitSource, estimate } of pay) {
    const basis = BASIS_OF_UNIT[amount.unit];
    // "approx. $11 per hour" beside per-task pay shows a figure; it does not make the pay hourly.
    if (!basis || estimate) continue;
    // On reward-style listings the per-task figure is the reward and an hourly figure is only its equivalent.
    if (fixedReward && (basis === 'hourly' || (basis === 'per_task' && unitSource === 'label'))) continue;
    add(basis, [amount.evidence]);
  }
  return [...groups]
    .map(([id, evidence]) => ({ id, evidence: mergeEvidence(evidence) }))
    .sort((a, b) => byId(PAY_BASIS_IDS, a.id) - byId(PAY_BASIS_IDS, b.id));
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

/** Text to analyse: as given, or read from HTML (page text, JSON-LD JobPosting first). */
export function resolveInput(input: AnalysisInput): { title: string; text: string; fromHtml: boolean } {
  const title = typeof input.title === 'string' ? input.title : '';
  const text = typeof input.text === 'string' ? input.text : '';
  if (text.trim() || typeof input.html !== 'string' || !input.html) return { title, text, fromHtml: false };
  const page = extractHtml(input.html);
  const job = readJobPostingJson(page.jsonLd);
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

/** The fraud model to use and the probabilities at which it counts; `null` turns it off. */
export interface FraudModelChoice {
  scorer: FraudScorer;
  caution: number;
  high: number;
}

let shippedModel: FraudModelChoice | undefined;
function shippedFraudModel(): FraudModelChoice {
  if (!shippedModel) {
    const { caution, high } = shippedFraudThresholds();
    shippedModel = { scorer: loadShippedFraudScorer(), caution, high };
  }
  return shippedModel;
}

export interface AnalyzeOptions {
  /** Defaults to the model shipped with the extension; cross-validation passes one per fold. */
  fraudModel?: FraudModelChoice | null;
}

/**
 * Reads a listing or message and says what the work is, how it pays, and what to worry about.
 * Pure and synchronous; evidence offsets point into `title` and `text` as passed (or into
 * `analysedText` when the text came from `html`).
 */
export function analyzeListing(input: AnalysisInput, options: AnalyzeOptions = {}): Analysis {
  const { title, text, fromHtml } = resolveInput(input);
  const docs: ScanText[] = [];
  if (title) docs.push(scanText('title', title.slice(0, MAX_TITLE)));
  // The most a saved listing holds; longer text is cut (and said so), which also bounds the time
  // a megabyte of padding can cost. Offsets stay valid: what is read is a prefix.
  const body = scanText('text', text.slice(0, MAX_DESCRIPTION));
  docs.push(body);

  const taskTypes = taskTypesOf(runTaskTypeRules(docs), body);
  const found = dedupePay(docs.flatMap(findPay));
  const pay = found.map((f) => f.amount);
  const payBases = payBasesOf(runPayBasisRules(docs), found);

  const model = options.fraudModel === undefined ? shippedFraudModel() : options.fraudModel;
  const read = modelReading(
    docs.find((d) => d.field === 'title'),
    body,
  );
  const fraud = model
    ? {
        score: model.scorer(read.title, read.text),
        caution: model.caution,
        high: model.high,
      }
    : null;
  const flags = collectFlags(runPatternFlags(docs), {
    url: input.url,
    docs,
    identity: checkIdentity(input.url, docs),
    pay: found,
    payBases,
    taskTypes,
    textLength: text.length,
    readLength: body.original.length,
    fraud,
  });

  const analysis: Analysis = {
    taskTypes,
    payBases,
    pay,
    redFlags: flags.red,
    goodSignals: flags.good,
    gaps: flags.gap,
    risk: assessRisk(flags.red),
  };
  if (fromHtml) analysis.analysedText = text;
  return analysis;
}
