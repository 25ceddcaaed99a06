import { z } from 'zod';
import { optionalMultilingualSchema } from './directory-validators.ts';
import { multilingualSchema } from './multilingual.ts';

/** Selection algorithms of the sortition engine; LEXIMIN is the default (Flanigan et al., Nature 2021). */
export const ASSEMBLY_ALGORITHMS = ['leximin', 'maximin', 'nash', 'legacy'] as const;
export type AssemblyAlgorithm = (typeof ASSEMBLY_ALGORITHMS)[number];

export const ASSEMBLY_RUN_STATUSES = ['queued', 'running', 'succeeded', 'failed'] as const;
export type AssemblyRunStatus = (typeof ASSEMBLY_RUN_STATUSES)[number];

export const VOLUNTEER_STATUSES = ['pool', 'selected', 'dropped_out', 'replacement'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];

/** A host organisation's official answer to one recommendation. */
export const RESPONSE_STANCES = ['accepted', 'partly', 'not_accepted'] as const;
export type ResponseStance = (typeof RESPONSE_STANCES)[number];

const keySchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'lower-case letters, digits, "-" or "_", at most 40');

export const quotaFeatureSchema = z.object({ key: keySchema, labels: multilingualSchema });
export const quotaCategorySchema = z.object({
  key: keySchema,
  labels: multilingualSchema,
  features: z.array(quotaFeatureSchema).min(1).max(60),
});
export const quotaSchema = z
  .object({
    category: keySchema,
    feature: keySchema,
    min: z.number().int().min(0).max(10_000),
    max: z.number().int().min(0).max(10_000),
  })
  .refine((quota) => quota.min <= quota.max, { message: 'min must not exceed max', path: ['min'] });

export type QuotaCategory = z.infer<typeof quotaCategorySchema>;
export type AssemblyQuota = z.infer<typeof quotaSchema>;

export const stipendSchema = z.object({
  amountMinor: z.number().int().min(0).max(100_000_000).describe('Integer minor units (cents)'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code such as "EUR"'),
  note: optionalMultilingualSchema.default({}),
});

export const assemblySessionSchema = z.object({
  titles: multilingualSchema,
  date: z.iso.date(),
  place: z.string().trim().max(200).nullable().default(null),
  online: z.boolean().default(false),
});

/**
 * Quotas from population shares, the rule shown to managers: for a share s of a panel of k,
 * min = max(0, floor(s×k) − t) and max = min(k, ceil(s×k) + t), with t the tolerance (0 by default).
 * Shares of one category need not add up to exactly 1 (census tables round); a missing share counts 0.
 */
export function quotasFromShares(
  categories: readonly QuotaCategory[],
  shares: Readonly<Record<string, Readonly<Record<string, number>>>>,
  panelSize: number,
  tolerance = 0,
): AssemblyQuota[] {
  return categories.flatMap((category) =>
    category.features.map((feature) => {
      const share = shares[category.key]?.[feature.key] ?? 0;
      const exact = share * panelSize;
      // Guard against 0.3 × 10 = 3.0000000000000004 rounding the ceiling up.
      const rounded = Math.round(exact * 1e9) / 1e9;
      return {
        category: category.key,
        feature: feature.key,
        min: Math.max(0, Math.floor(rounded) - tolerance),
        max: Math.min(panelSize, Math.ceil(rounded) + tolerance),
      };
    }),
  );
}
