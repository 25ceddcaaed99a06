import { customType } from 'drizzle-orm/pg-core';

/**
 * A full-text search vector. Crossgov never writes it from the application: a trigger builds it from the
 * row's texts in each text's own language (see migration 0004), so bulk loads, seeds and edits agree.
 */
export const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});
