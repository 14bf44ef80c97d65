import type { FraudScore } from '../fraud-model/score';
import type { IdentityFindings } from '../identity';
import type { FoundPay } from '../pay';
import { evidenceAt, type ScanText } from '../text-scan';
import type { Evidence, PayBasisHit, Severity, TaskTypeHit } from '../types';
import type { DetectorId } from './detector-ids';

/** What the analyser knows when the detectors run. */
export interface DetectorContext {
  url?: string;
  docs: readonly ScanText[];
  identity: IdentityFindings;
  pay: readonly FoundPay[];
  payBases: readonly PayBasisHit[];
  taskTypes: readonly TaskTypeHit[];
  /** Length of the listing's text (title excluded), and how much of it was read. */
  textLength: number;
  readLength: number;
  /** The fraud model's reading, and the probabilities at which it counts as a warning or as high. */
  fraud: { score: FraudScore; caution: number; high: number } | null;
  /** Demands the listing makes, and demands it promises not to make (see `Negation`). */
  demands: readonly Evidence[];
  denials: readonly Evidence[];
}

export interface Detection {
  evidence: Evidence[];
  /** Overrides the record's severity for this finding. */
  severity?: Severity;
}

export type Detector = (ctx: DetectorContext) => Detection | null;

const MAX_EVIDENCE = 5;
const COMPANY_NAME =
  /\b[A-Z][\w&.-]{1,30}(?: [A-Z][\w&.-]{1,30}){0,3} (?:Inc\.?|LLC|Ltd\.?|GmbH|Technologies|Labs?|Research|Solutions|Corp\.?|Company|AI|Data|Lab)\b|\b(?:Requester|Company|Client): [A-Z]/;
const VAGUE_PAY =
  /\b(?:competitive (?:pay|compensation|rates?)|pay: doe|doe\b|depending on experience|to be discussed|will be discussed|varies by project|negotiable)\b/;
const CLEAR_TASK_SCORE = 0.7;
const CLEAR_TEXT_LENGTH = 250;

const found = (evidence: Evidence[], severity?: Severity): Detection => ({
  evidence: evidence.slice(0, MAX_EVIDENCE),
  severity,
});

function firstMatch(docs: readonly ScanText[], pattern: RegExp): Evidence[] {
  for (const d of docs) {
    const m = pattern.exec(d.lower);
    if (m) return [evidenceAt(d, m.index, m.index + m[0].length)];
  }
  return [];
}

/** A rate or basis other than bonuses and unpaid steps. */
const statesBasis = (ctx: DetectorContext) =>
  ctx.payBases.some((b) => b.id !== 'bonus_incentive' && b.id !== 'unpaid_steps');

/**
 * How much the fraud model's reading counts. It learned from job ads, and no genuine personal
 * message was among its examples, so on a short text it is one warning sign among others; on a
 * full ad above its high threshold it is enough alone. Below that it only adds weight to the rules.
 */
export const FRAUD_MODEL_ALONE_MIN_CHARS = 800;
function fraudSeverity(p: number, t: { caution: number; high: number }, textLength: number): Severity {
  if (p >= t.high) return textLength >= FRAUD_MODEL_ALONE_MIN_CHARS ? 'high' : 'medium';
  return 'low';
}

export const DETECTORS: Record<DetectorId, Detector> = {
  impersonation: ({ identity }) => (identity.impersonation ? found(identity.impersonation) : null),

  free_mail_contact: ({ identity }) => (identity.freeMail.length ? found(identity.freeMail) : null),

  verified_domain: ({ identity }) => (identity.verified ? found(identity.verified) : null),

  stated_pay_rate: (ctx) => {
    const base = ctx.pay.filter((f) => f.amount.kind === 'base');
    return base.length && statesBasis(ctx) ? found(base.slice(0, 2).map((f) => f.amount.evidence)) : null;
  },

  clear_description: ({ taskTypes, textLength }) => {
    const clear = taskTypes.filter((t) => t.score >= CLEAR_TASK_SCORE);
    return clear.length && textLength >= CLEAR_TEXT_LENGTH ? found(clear[0].evidence.slice(0, 2)) : null;
  },

  mixed_script: ({ docs }) => {
    const evidence = docs.flatMap((d) => d.mixedScript.map(([s, e]) => evidenceAt(d, s, e)));
    return evidence.length ? found(evidence) : null;
  },

  fraud_model: ({ fraud, docs, textLength }) => {
    if (!fraud || fraud.score.probability < fraud.caution) return null;
    const evidence = fraud.score.phrases.flatMap((p) => {
      const doc = docs.find((d) => d.field === p.field);
      return doc ? [evidenceAt(doc, p.start, p.end)] : [];
    });
    return found(evidence, fraudSeverity(fraud.score.probability, fraud, textLength));
  },

  // A promise counts only when the listing keeps it: no demand of the kind anywhere in it.
  safety_notice: ({ demands, denials }) => (denials.length && !demands.length ? found([...denials]) : null),

  missing_pay: (ctx) => (ctx.pay.length || statesBasis(ctx) ? null : found(firstMatch(ctx.docs, VAGUE_PAY))),

  pay_ceiling_only: ({ pay }) =>
    pay.length && !pay.some((f) => f.amount.kind === 'base')
      ? found(pay.slice(0, 2).map((f) => f.amount.evidence))
      : null,

  unread_text: ({ textLength, readLength }) => (readLength < textLength ? found([]) : null),

  no_company_identity: ({ url, identity, docs }) => {
    const named =
      identity.mentions.length > 0 ||
      docs.some((d) => COMPANY_NAME.test(d.clean)) ||
      identity.addresses.some((a) => !identity.freeMail.includes(a.evidence));
    return url || named ? null : found([]);
  },
};
