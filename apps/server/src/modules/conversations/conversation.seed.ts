import { seededRandom } from '@crossgov/deliberation';
import type { Queryable } from '../../db/database.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { DEMO_CAMPS, DEMO_CONVERSATION, DEMO_STATEMENTS } from '../seed/demo-conversations.data.ts';
import { spaceMembers, spaceOwners, spaces } from '../spaces/space.table.ts';
import {
  conversationParticipants,
  conversationSettings,
  conversationStatements,
  conversationVotes,
} from './conversation.table.ts';

function idOf(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`demo data refers to unknown "${key}"`);
  return id;
}

/** Synthetic voters: each picks a camp by country and votes on 9-16 statements with that camp's leanings. */
function syntheticVotes(spaceId: string, start: number) {
  const random = seededRandom(DEMO_CONVERSATION.seed);
  const participants: (typeof conversationParticipants.$inferInsert)[] = [];
  const votes: (typeof conversationVotes.$inferInsert)[] = [];
  let id = 0;
  for (const [country, count] of Object.entries(DEMO_CONVERSATION.participants)) {
    const shares = DEMO_CAMPS[country] ?? [1, 0, 0];
    for (let n = 0; n < count; n++, id++) {
      const roll = random();
      const camp = roll < shares[0] ? 0 : roll < shares[0] + shares[1] ? 1 : 2;
      participants.push({ spaceId, id, country, countrySource: 'import' });
      const order = DEMO_STATEMENTS.map((_, index) => ({ index, key: random() })).sort(
        (a, b) => a.key - b.key,
      );
      const seen = 9 + Math.floor(random() * (DEMO_STATEMENTS.length - 8));
      for (const [position, { index }] of order.slice(0, seen).entries()) {
        const statement = DEMO_STATEMENTS[index];
        if (!statement) continue;
        const vote = random() < 0.12 ? 0 : random() < statement.agree[camp] ? 1 : -1;
        votes.push({
          spaceId,
          participantId: id,
          statementId: index,
          vote,
          votedAt: new Date(start + id * 60_000 + position * 1000),
        });
      }
    }
  }
  return { participants, votes };
}

/**
 * Seeds the demo conversation (called by the demo seed, inside its transaction): the space, its settings,
 * seed statements in Swedish, Finnish and English, and synthetic participants' votes. The opinion map is
 * computed by the worker thread once the server is up.
 */
export async function seedDemoConversation(
  tx: Queryable,
  people: Map<string, string>,
  organisationIds: Map<string, string>,
): Promise<void> {
  const managers = DEMO_CONVERSATION.managers.map((email) => idOf(people, email));
  const [space] = await tx
    .insert(spaces)
    .values({
      kind: 'conversation',
      slug: DEMO_CONVERSATION.slug,
      titles: DEMO_CONVERSATION.titles,
      descriptions: DEMO_CONVERSATION.descriptions,
      visibility: 'public',
      isDemo: true,
      createdBy: managers[0] ?? null,
    })
    .returning();
  if (!space) throw new Error('insert returned nothing');
  const start = Date.now() - 14 * 24 * 3600 * 1000;
  const owners = DEMO_CONVERSATION.owners.map((slug, index) => ({
    spaceId: space.id,
    organisationId: idOf(organisationIds, slug),
    addedAt: new Date(start + index),
  }));
  await tx.insert(spaceOwners).values(owners);
  await tx
    .insert(spaceMembers)
    .values(managers.map((userId) => ({ spaceId: space.id, userId, role: 'manage', organisationId: null })));
  await tx.insert(conversationSettings).values({
    spaceId: space.id,
    topics: DEMO_CONVERSATION.titles,
    descriptions: DEMO_CONVERSATION.descriptions,
    isOpen: true,
    preModeration: true,
  });
  await tx.insert(conversationStatements).values(
    DEMO_STATEMENTS.map((statement, id) => ({
      spaceId: space.id,
      id,
      text: statement.text,
      language: statement.language,
      authorId: managers[id % managers.length] ?? null,
      isSeed: true,
      status: 'accepted',
    })),
  );
  const { participants, votes } = syntheticVotes(space.id, start);
  await tx.insert(conversationParticipants).values(participants);
  for (let from = 0; from < votes.length; from += 1000)
    await tx.insert(conversationVotes).values(votes.slice(from, from + 1000));
  await recordAudit(tx, {
    actor: null,
    action: 'space.created',
    entityType: 'space',
    entityId: space.id,
    spaceId: space.id,
    after: { ...space, owners: owners.map((owner) => owner.organisationId), managers },
  });
  await recordAudit(tx, {
    actor: null,
    action: 'conversation.imported',
    entityType: 'conversation',
    entityId: space.id,
    spaceId: space.id,
    after: { statements: DEMO_STATEMENTS.length, participants: participants.length, votes: votes.length },
  });
}
