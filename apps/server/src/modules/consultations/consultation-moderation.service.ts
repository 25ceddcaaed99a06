import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { type Actor, signedIn } from '../../lib/actor.ts';
import { conflict, invalid } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { users } from '../accounts/account.table.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import { mailIn } from '../mail/mail-catalogue.ts';
import { requireConsultation } from './consultation.access.ts';
import type { ModerationItemView } from './consultation.dto.ts';
import { consultationComments, consultationFlags, consultationIdeas } from './consultation.table.ts';
import { findContribution } from './consultation-translation.service.ts';
import { person } from './idea.view.ts';

/** Anyone signed in who can see a contribution may flag it, once; the flag waits for a moderator. */
export async function flagContribution(
  db: Database,
  actor: Actor | null,
  slug: string,
  contributionId: string,
  reason: string,
) {
  const access = await requireConsultation(db, slug, actor);
  const reporter = signedIn(actor, 'Sign in to report a contribution.');
  await findContribution(db, access, actor, contributionId);
  await db
    .insert(consultationFlags)
    .values({ spaceId: access.space.id, contributionId, reporterId: reporter.userId, reason })
    .onConflictDoNothing();
}

const pendingOrFlagged = (table: typeof consultationIdeas | typeof consultationComments) =>
  or(
    eq(table.state, 'pending'),
    sql`exists(select 1 from consultation_flags f where f.space_id = ${table.spaceId}
      and f.contribution_id = ${table.id} and f.resolved_at is null)`,
  );

/** The moderators' queue: contributions waiting for approval, and those with open flags, newest first. */
export async function moderationQueue(db: Database, actor: Actor | null, slug: string) {
  const access = await requireConsultation(db, slug, actor, 'manage');
  const spaceId = access.space.id;
  const [ideas, comments] = await Promise.all([
    db
      .select({ row: consultationIdeas, authorName: users.displayName })
      .from(consultationIdeas)
      .leftJoin(users, eq(users.id, consultationIdeas.authorId))
      .where(and(eq(consultationIdeas.spaceId, spaceId), pendingOrFlagged(consultationIdeas)))
      .orderBy(desc(consultationIdeas.createdAt))
      .limit(200),
    db
      .select({ row: consultationComments, authorName: users.displayName })
      .from(consultationComments)
      .leftJoin(users, eq(users.id, consultationComments.authorId))
      .where(and(eq(consultationComments.spaceId, spaceId), pendingOrFlagged(consultationComments)))
      .orderBy(desc(consultationComments.createdAt))
      .limit(200),
  ]);
  const ids = [...ideas.map((i) => i.row.id), ...comments.map((c) => c.row.id)];
  const flags = ids.length
    ? await db
        .select()
        .from(consultationFlags)
        .where(
          and(
            eq(consultationFlags.spaceId, spaceId),
            inArray(consultationFlags.contributionId, ids),
            isNull(consultationFlags.resolvedAt),
          ),
        )
    : [];
  const flagsOf = (id: string) =>
    flags
      .filter((f) => f.contributionId === id)
      .map((f) => ({ reason: f.reason, createdAt: iso(f.createdAt) }));
  const items: ModerationItemView[] = [
    ...ideas.map(({ row, authorName }) => ({
      contributionId: row.id,
      kind: 'idea' as const,
      ideaId: row.id,
      title: row.title,
      body: row.body,
      state: row.state as ModerationItemView['state'],
      hiddenReason: row.hiddenReason,
      author: person(row.authorId, authorName),
      createdAt: iso(row.createdAt),
      flags: flagsOf(row.id),
    })),
    ...comments.map(({ row, authorName }) => ({
      contributionId: row.id,
      kind: 'comment' as const,
      ideaId: row.ideaId,
      title: null,
      body: row.body,
      state: row.state as ModerationItemView['state'],
      hiddenReason: row.hiddenReason,
      author: person(row.authorId, authorName),
      createdAt: iso(row.createdAt),
      flags: flagsOf(row.id),
    })),
  ].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { items };
}

const NEXT_STATE = { approve: 'published', hide: 'hidden', restore: 'published' } as const;
const ACTION_AUDIT = {
  approve: 'consultation.contribution_approved',
  hide: 'consultation.contribution_hidden',
  restore: 'consultation.contribution_restored',
} as const;

/** A short quote of a contribution for a mail subject: its title, or the start of its body. */
const quoteOf = (title: string | null, body: string) =>
  title ?? (body.length > 60 ? `${body.slice(0, 57).trimEnd()}...` : body);

/**
 * A moderator approves a pending contribution, hides one with a public reason, or restores a hidden one.
 * Every open flag on it is resolved by the decision. The author (if their account still exists) is e-mailed
 * about an approval or a hiding, with the public reason, in the same transaction.
 */
export async function moderateContribution(
  db: Database,
  actor: Actor | null,
  slug: string,
  contributionId: string,
  input: { action: 'approve' | 'hide' | 'restore'; reason?: string | undefined },
  publicUrl: string,
) {
  const access = await requireConsultation(db, slug, actor, 'manage');
  const spaceId = access.space.id;
  const contribution = await findContribution(db, access, actor, contributionId);
  if (input.action === 'hide' && !input.reason)
    throw invalid('Say why it is hidden: the reason is shown in its place.', [
      { field: 'body.reason', message: 'required to hide' },
    ]);
  if (input.action === 'approve' && contribution.state !== 'pending')
    throw conflict('Only a contribution waiting for approval can be approved.');
  if (input.action === 'restore' && contribution.state !== 'hidden')
    throw conflict('Only a hidden contribution can be restored.');
  if (input.action === 'hide' && contribution.state === 'hidden') throw conflict('This is already hidden.');
  const table = contribution.kind === 'idea' ? consultationIdeas : consultationComments;
  const state = NEXT_STATE[input.action];
  const hiddenReason = input.action === 'hide' ? (input.reason ?? null) : null;
  await db.transaction(async (tx) => {
    await tx
      .update(table)
      .set({ state, hiddenReason })
      .where(and(eq(table.spaceId, spaceId), eq(table.id, contributionId)));
    await tx
      .update(consultationFlags)
      .set({ resolvedAt: new Date() })
      .where(
        and(
          eq(consultationFlags.spaceId, spaceId),
          eq(consultationFlags.contributionId, contributionId),
          isNull(consultationFlags.resolvedAt),
        ),
      );
    await recordAudit(tx, {
      actor,
      action: ACTION_AUDIT[input.action],
      entityType: `consultation_${contribution.kind}`,
      entityId: contributionId,
      spaceId,
      before: { state: contribution.state },
      after: { state, hiddenReason },
    });
    if (input.action === 'restore' || !contribution.authorId) return;
    const [author] = await tx
      .select({ email: users.email, language: users.language })
      .from(users)
      .where(eq(users.id, contribution.authorId));
    if (!author) return;
    const link = `${publicUrl}/spaces/${access.space.slug}/ideas/${contribution.ideaId}`;
    const quote = quoteOf(contribution.title, contribution.body);
    // Restoring tells nobody: it undoes a hiding.
    const mail =
      input.action === 'approve'
        ? mailIn(author.language, 'contributionApproved', { kind: contribution.kind, quote, link })
        : mailIn(author.language, 'contributionHidden', {
            kind: contribution.kind,
            quote,
            reason: hiddenReason ?? '',
            link,
          });
    await enqueueMail(tx, { to: author.email, ...mail });
  });
  return { contributionId, state, hiddenReason };
}
