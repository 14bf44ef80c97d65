import { z } from 'zod';
import { STRUCTURAL_FEATURES, type StructuralFeature } from './structural';

const Probability = z.number().min(0).max(1);

/** The trained model as stored in weights.json. */
export const FraudModelWeights = z
  .object({
    format: z.literal('tasklens-fraud-model'),
    version: z.literal(1),
    /** Number of hash buckets, a power of two. */
    buckets: z
      .number()
      .int()
      .min(2)
      .max(2 ** 24)
      .refine((n) => (n & (n - 1)) === 0, 'buckets must be a power of two'),
    bias: z.number(),
    structural: z.object(
      Object.fromEntries(STRUCTURAL_FEATURES.map((name) => [name, z.number()])) as Record<
        StructuralFeature,
        z.ZodNumber
      >,
    ),
    /** Non-zero bucket weights: bucket numbers in ascending order and their weights, same order. */
    hashed: z.object({ buckets: z.array(z.number().int().min(0)), weights: z.array(z.number()) }),
    /** Probability at or above which a listing is rated caution, and high. */
    thresholds: z.object({ caution: Probability, high: Probability }),
    seed: z.number().int(),
    /** How it was trained and how it did under cross-validation; informational. */
    meta: z.record(z.string(), z.unknown()),
  })
  .refine((w) => w.thresholds.caution <= w.thresholds.high, 'the caution threshold must not exceed high')
  .refine(
    (w) => w.hashed.buckets.length === w.hashed.weights.length,
    'hashed buckets and weights differ in count',
  )
  .refine(
    (w) => w.hashed.buckets.every((b, i) => b < w.buckets && (i === 0 || b > w.hashed.buckets[i - 1])),
    'hashed buckets must be ascending and within the bucket count',
  );
export type FraudModelWeights = z.infer<typeof FraudModelWeights>;
