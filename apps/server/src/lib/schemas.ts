import { localisedTextSchema } from '@crossgov/shared';
import { z } from 'zod';

/** Response shapes shared by several modules. */
export const multilingualOut = z.record(z.string(), localisedTextSchema);
export const timestampOut = z.string().describe('ISO 8601 date-time');
export const idParam = z.object({ id: z.uuid() });
export const slugParam = z.object({ slug: z.string().min(1).max(80) });
export const versionField = z.number().int().min(1).describe('The version you read; 409 if it changed since');

export function iso(value: Date): string;
export function iso(value: Date | null): string | null;
export function iso(value: Date | null): string | null {
  return value ? value.toISOString() : null;
}

export const pageOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int() });
/** A page of search results, whose count stops at a cap (see lib/full-text.ts). */
export const searchPageOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    totalCapped: z
      .boolean()
      .describe('More records match than `total` (ranked searches count to 400, lists to 1,000)'),
  });
export const listOf = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item) });

/** A Sustainable Development Goal in a query string. */
export const sdgQuery = z.coerce.number().int().min(1).max(17).describe('Sustainable Development Goal, 1-17');

/** The rows of a raw `db.execute`, which both drivers (pg and PGlite) return as `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
