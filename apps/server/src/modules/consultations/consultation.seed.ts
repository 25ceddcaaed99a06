import type { Queryable } from '../../db/database.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { DEMO_CONSULTATION } from '../seed/demo-consultations.data.ts';
import { spaceMembers, spaceOwners, spaces } from '../spaces/space.table.ts';
import {
  consultationAnswers,
  consultationComments,
  consultationIdeas,
  consultationSettings,
  consultationSupports,
  consultationTranslations,
} from './consultation.table.ts';

const DAY_MS = 86_400_000;

function required(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`demo consultation: unknown ${key}`);
  return id;
}

/**
 * The demo's cross-border consultation: open for three more weeks, ideas in Swedish, Finnish and English, some
 * answered by the hosts, so the scoreboard has figures. Called from the demo seed, in its transaction.
 */
export async function seedDemoConsultation(
  tx: Queryable,
  people: Map<string, string>,
  organisationIds: Map<string, string>,
): Promise<void> {
  const demo = DEMO_CONSULTATION;
  const now = Date.now();
  const hostId = required(people, demo.host);
  const [space] = await tx
    .insert(spaces)
    .values({
      kind: 'consultation',
      slug: demo.slug,
      titles: demo.titles,
      descriptions: demo.descriptions,
      visibility: 'public',
      isDemo: true,
      createdBy: hostId,
    })
    .returning();
  if (!space) throw new Error('insert returned nothing');
  await tx.insert(spaceOwners).values(
    demo.owners.map((slug, index) => ({
      spaceId: space.id,
      organisationId: required(organisationIds, slug),
      addedAt: new Date(now + index),
    })),
  );
  await tx.insert(spaceMembers).values({
    spaceId: space.id,
    userId: hostId,
    role: 'manage',
    organisationId: required(organisationIds, demo.owners[0] ?? ''),
  });
  await recordAudit(tx, {
    actor: null,
    action: 'space.created',
    entityType: 'space',
    entityId: space.id,
    spaceId: space.id,
    after: space,
  });
  await tx.insert(consultationSettings).values({
    spaceId: space.id,
    question: demo.question,
    opensAt: new Date(now - 20 * DAY_MS),
    closesAt: new Date(now + 21 * DAY_MS),
    preModeration: false,
    version: 2,
  });
  for (const idea of demo.ideas) {
    const createdAt = new Date(now - idea.daysAgo * DAY_MS);
    const answer = 'answer' in idea ? idea.answer : undefined;
    const answeredAt = answer ? new Date(createdAt.getTime() + answer.daysAfter * DAY_MS) : null;
    const [row] = await tx
      .insert(consultationIdeas)
      .values({
        spaceId: space.id,
        authorId: required(people, idea.author),
        language: idea.language,
        title: idea.title,
        body: idea.body,
        status: answer?.status ?? null,
        firstAnsweredAt: answeredAt,
        version: answer ? 2 : 1,
        createdAt,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const key = { spaceId: space.id, ideaId: row.id };
    if (idea.supporters.length > 0)
      await tx
        .insert(consultationSupports)
        .values(idea.supporters.map((email) => ({ ...key, userId: required(people, email), createdAt })));
    if (answer && answeredAt)
      await tx.insert(consultationAnswers).values({
        ...key,
        status: answer.status,
        reason: answer.reason,
        answeredBy: hostId,
        createdAt: answeredAt,
      });
    if ('english' in idea && idea.english)
      await tx.insert(consultationTranslations).values({
        spaceId: space.id,
        contributionId: row.id,
        language: 'en',
        ...idea.english,
        provenance: 'human',
        translatorId: hostId,
        official: true,
        createdAt,
      });
    for (const [index, comment] of (('comments' in idea ? idea.comments : undefined) ?? []).entries())
      await tx.insert(consultationComments).values({
        ...key,
        authorId: required(people, comment.author),
        language: comment.language,
        body: comment.body,
        createdAt: new Date(createdAt.getTime() + (index + 1) * 3_600_000),
      });
  }
}
