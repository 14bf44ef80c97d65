import { z } from 'zod';
import { PAY_BASIS_IDS, PAY_UNITS, RISK_LEVELS, TASK_TYPE_IDS } from './analysis-ids';

export { PAY_BASIS_IDS, PAY_UNITS, RISK_LEVELS, TASK_TYPE_IDS };

export const TaskTypeId = z.enum(TASK_TYPE_IDS);
export type TaskTypeId = z.infer<typeof TaskTypeId>;

export const PayBasisId = z.enum(PAY_BASIS_IDS);
export type PayBasisId = z.infer<typeof PayBasisId>;

export const PayUnit = z.enum(PAY_UNITS);
export type PayUnit = z.infer<typeof PayUnit>;

export const RiskLevel = z.enum(RISK_LEVELS);
export type RiskLevel = z.infer<typeof RiskLevel>;

export const Severity = z.enum(['low', 'medium', 'high']);
export type Severity = z.infer<typeof Severity>;

/**
 * Where a judgment came from: character offsets into the analysed field
 * (`title` or `text`, exactly as passed to analyzeListing) plus the matched snippet,
 * so the panel can find and highlight it in the page.
 */
export const Evidence = z.object({
  field: z.enum(['title', 'text']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  snippet: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

export const TaskTypeHit = z.object({
  id: TaskTypeId,
  score: z.number().min(0).max(1),
  evidence: z.array(Evidence),
});
export type TaskTypeHit = z.infer<typeof TaskTypeHit>;

export const PayBasisHit = z.object({
  id: PayBasisId,
  evidence: z.array(Evidence),
});
export type PayBasisHit = z.infer<typeof PayBasisHit>;

export const PayAmount = z.object({
  min: z.number().nonnegative(),
  max: z.number().nonnegative(),
  /** ISO 4217 code, or USDT: scams pay in the stablecoin and say so. */
  currency: z.string().regex(/^[A-Z]{3,4}$/),
  unit: PayUnit,
  /** How many units the amount pays for, e.g. 1000 for "per 1,000 annotations". */
  per: z.number().positive().default(1),
  /** `base` is a stated rate; `claim` is a ceiling or a boast ("up to", "top earners make"). */
  kind: z.enum(['base', 'claim']),
  text: z.string(),
  evidence: Evidence,
});
export type PayAmount = z.infer<typeof PayAmount>;

export const Flag = z.object({
  id: z.string(),
  severity: Severity,
  evidence: z.array(Evidence),
});
export type Flag = z.infer<typeof Flag>;

export const Risk = z.object({
  level: RiskLevel,
  reason: z.string(),
});
export type Risk = z.infer<typeof Risk>;

export const Analysis = z.object({
  taskTypes: z.array(TaskTypeHit),
  payBases: z.array(PayBasisHit),
  pay: z.array(PayAmount),
  redFlags: z.array(Flag),
  goodSignals: z.array(Flag),
  /** What the listing leaves out (no rate, no company named): facts to ask about, not risk. */
  gaps: z.array(Flag).optional(),
  risk: Risk,
  /** The text that was analysed when it was read from `html` (evidence with field 'text' points into it). */
  analysedText: z.string().optional(),
});
export type Analysis = z.infer<typeof Analysis>;

export const AnalysisInput = z.object({
  url: z.string().optional(),
  title: z.string().optional(),
  text: z.string(),
  html: z.string().optional(),
  platformId: z.string().optional(),
});
export type AnalysisInput = z.infer<typeof AnalysisInput>;
