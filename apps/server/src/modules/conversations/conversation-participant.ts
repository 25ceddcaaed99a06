import { sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import { peopleAsSignedInSeeThem } from '../people/person.service.ts';
import { lockSpace } from '../spaces/space.access.ts';
import { findParticipant, nextParticipantId, type ParticipantRow } from './conversation.repo.ts';
import { conversationParticipants, conversationVotes } from './conversation.table.ts';

/** The country of a person's directory profile, if they have one. */
export async function profileCountry(db: Database, userId: string): Promise<string | null> {
  const [person] = await peopleAsSignedInSeeThem(db, [userId]);
  return person?.country ?? null;
}

/**
 * The person's participant row, created on their first vote or statement with the next participant number
 * (under the space lock, so two first votes never take the same number) and the country of their profile.
 */
export async function ensureParticipant(
  tx: Queryable,
  spaceId: string,
  userId: string,
  country: string | null,
): Promise<ParticipantRow> {
  const existing = await findParticipant(tx, spaceId, userId);
  if (existing) return existing;
  await lockSpace(tx, spaceId);
  const again = await findParticipant(tx, spaceId, userId);
  if (again) return again;
  const id = await nextParticipantId(tx, spaceId);
  const [row] = await tx
    .insert(conversationParticipants)
    .values({ spaceId, id, userId, country, countrySource: country ? 'profile' : null })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Keeps the latest vote per participant and statement, as Polis counts them. */
export async function recordVote(
  tx: Queryable,
  spaceId: string,
  participantId: number,
  statementId: number,
  vote: -1 | 0 | 1,
): Promise<void> {
  await tx
    .insert(conversationVotes)
    .values({ spaceId, participantId, statementId, vote })
    .onConflictDoUpdate({
      target: [conversationVotes.spaceId, conversationVotes.participantId, conversationVotes.statementId],
      set: { vote, votedAt: sql`now()` },
    });
}
