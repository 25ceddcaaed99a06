import { type IdeaStatus, type Multilingual, pickText } from '@crossgov/shared';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { conflict, notFound, versionConflict } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import { mailIn } from '../mail/mail-catalogue.ts';
import { requireConsultation } from './consultation.access.ts';
import { consultationAnswers, consultationIdeas } from './consultation.table.ts';
import { authorAndSupporters } from './idea.repo.ts';
import { ideaView } from './idea.service.ts';

/**
 * A host gives an idea its official status with a reason. Every answer is kept (the history is dated); the
 * idea's author and supporters are told by e-mail in the same transaction.
 */
export async function answerIdea(
  db: Database,
  actor: Actor | null,
  slug: string,
  ideaId: string,
  input: { status: IdeaStatus; reason: Multilingual; version: number },
  publicUrl: string,
) {
  const access = await requireConsultation(db, slug, actor, 'manage');
  const spaceId = access.space.id;
  await db.transaction(async (tx) => {
    const [idea] = await tx
      .select()
      .from(consultationIdeas)
      .where(and(eq(consultationIdeas.spaceId, spaceId), eq(consultationIdeas.id, ideaId)))
      .for('update');
    if (!idea) throw notFound('Idea');
    if (idea.state !== 'published') throw conflict('Approve or restore the idea before answering it.');
    if (idea.withdrawnAt) throw conflict('Its author withdrew this idea: it is no longer answered.');
    if (idea.version !== input.version) throw versionConflict('This idea', idea.version);
    const now = new Date();
    const [updated] = await tx
      .update(consultationIdeas)
      .set({ status: input.status, firstAnsweredAt: idea.firstAnsweredAt ?? now, version: idea.version + 1 })
      .where(and(eq(consultationIdeas.spaceId, spaceId), eq(consultationIdeas.id, ideaId)))
      .returning();
    const [answer] = await tx
      .insert(consultationAnswers)
      .values({
        spaceId,
        ideaId,
        status: input.status,
        reason: input.reason,
        answeredBy: actor?.userId,
        createdAt: now,
      })
      .returning();
    await recordAudit(tx, {
      actor,
      action: 'consultation.idea_answered',
      entityType: 'consultation_idea',
      entityId: ideaId,
      spaceId,
      before: { status: idea.status },
      after: { status: updated?.status, answerId: answer?.id },
    });
    const link = `${publicUrl}/spaces/${access.space.slug}/ideas/${ideaId}`;
    // Each in their own language: the consultation's title and the reason too, when given in it.
    for (const person of await authorAndSupporters(tx, spaceId, ideaId))
      await enqueueMail(tx, {
        to: person.email,
        ...mailIn(person.language, 'ideaAnswered', {
          consultation: pickText(access.space.titles, person.language),
          idea: idea.title,
          status: input.status,
          reason: pickText(input.reason, person.language),
          link,
        }),
      });
  });
  return ideaView(db, access, actor, ideaId);
}
