import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, forbidden, unauthorized } from '../../lib/errors.ts';
import { users } from '../accounts/account.table.ts';
import { requireSpaceOfKind, type SpaceAccess } from '../spaces/space.access.ts';
import type { SpacePermissions } from '../spaces/space.policy.ts';
import { consultationComments, consultationIdeas } from './consultation.table.ts';

/**
 * A consultation space and what the actor may do in it. A space of another kind answers 404, whatever the
 * actor's rights in it, so the consultation routes never act on a budget or a workspace.
 */
export async function requireConsultation(
  db: Database,
  slug: string,
  actor: Actor | null,
  permission: keyof SpacePermissions = 'view',
): Promise<SpaceAccess> {
  return requireSpaceOfKind(db, slug, actor, 'consultation', 'Consultation', permission);
}

/**
 * Public participation: in a space anyone (or any signed-in person) may see, every signed-in person may take
 * part without being a member; in a narrower space only members with the contribute right may.
 */
export function mayParticipate(access: SpaceAccess, actor: Actor | null): actor is Actor {
  return actor !== null && access.permissions.participate;
}

export function requireParticipant(access: SpaceAccess, actor: Actor | null): Actor {
  if (!actor) throw unauthorized('Sign in to take part in this consultation.');
  if (!mayParticipate(access, actor))
    throw forbidden('Only members with the contribute right take part in this consultation.');
  return actor;
}

/** An account this young has a small hourly budget of ideas and comments (a brake on throw-away accounts). */
export const NEW_ACCOUNT_HOURS = 24;
export const NEW_ACCOUNT_LIMITS = { idea: 3, comment: 10 } as const;

/**
 * Refuses with 429 when a new account has used its hourly budget. Locks the author's row first, so two
 * submissions at once cannot both pass the count.
 */
export async function checkNewAccountBudget(
  tx: Queryable,
  authorId: string,
  kind: keyof typeof NEW_ACCOUNT_LIMITS,
): Promise<void> {
  const [author] = await tx
    .select({ createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, authorId))
    .for('update');
  if (!author || Date.now() - author.createdAt.getTime() >= NEW_ACCOUNT_HOURS * 3_600_000) return;
  const table = kind === 'idea' ? consultationIdeas : consultationComments;
  const [used] = await tx
    .select({ n: count() })
    .from(table)
    .where(and(eq(table.authorId, authorId), gt(table.createdAt, sql`now() - interval '1 hour'`)));
  const limit = NEW_ACCOUNT_LIMITS[kind];
  if ((used?.n ?? 0) >= limit)
    throw new AppError(
      429,
      'rate_limited',
      `Accounts younger than ${NEW_ACCOUNT_HOURS} hours may post ${limit} ${kind === 'idea' ? 'ideas' : 'comments'} an hour. Please try again later.`,
    );
}
