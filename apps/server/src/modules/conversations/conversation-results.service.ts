import type { Database } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { iso } from '../../lib/schemas.ts';
import type { ResultsView } from './conversation.dto.ts';
import { findResults, listStatements, resultsVersion } from './conversation.repo.ts';
import { type ConversationDeps, requireConversation } from './conversation.service.ts';

/** The latest stored opinion map with the texts of the statements it names (never rejected ones). */
export async function getResults(
  deps: ConversationDeps,
  actor: Actor | null,
  slug: string,
): Promise<ResultsView> {
  const access = await requireConversation(deps.db, slug, actor);
  const spaceId = access.space.id;
  const [row, statements] = await Promise.all([
    findResults(deps.db, spaceId),
    listStatements(deps.db, spaceId),
  ]);
  return {
    version: row?.version ?? 0,
    computing: deps.scheduler.isComputing(spaceId),
    computedAt: row ? iso(row.computedAt) : null,
    seconds: row?.seconds ?? null,
    votes: row?.votes ?? 0,
    statements: statements
      .filter((s) => s.status === 'accepted')
      .map((s) => ({ id: s.id, text: s.text, language: s.language })),
    results: row?.results ?? null,
  };
}

/** The cheap endpoint the browser polls: one indexed read. */
export async function getResultsVersion(deps: ConversationDeps, actor: Actor | null, slug: string) {
  const access = await requireConversation(deps.db as Database, slug, actor);
  return {
    version: await resultsVersion(deps.db, access.space.id),
    computing: deps.scheduler.isComputing(access.space.id),
  };
}
