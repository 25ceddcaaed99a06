import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { type Actor, signedIn } from '../../lib/actor.ts';
import { AppError, conflict, invalid, isUniqueViolation, notFound } from '../../lib/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { SpaceAccess } from '../spaces/space.access.ts';
import { requireConsultation, requireParticipant } from './consultation.access.ts';
import { consultationComments, consultationIdeas, consultationTranslations } from './consultation.table.ts';
import { translationRows } from './idea.repo.ts';
import { toTranslationView } from './idea.view.ts';
import { type TranslationProvider, TranslationUnavailable } from './translation-provider.ts';

export interface Contribution {
  kind: 'idea' | 'comment';
  id: string;
  ideaId: string;
  language: string;
  title: string | null;
  body: string;
  state: string;
  authorId: string | null;
}

/** An idea or a comment of this consultation that the reader may see (hidden ones only to managers). */
export async function findContribution(
  db: Database,
  access: SpaceAccess,
  actor: Actor | null,
  id: string,
): Promise<Contribution> {
  const spaceId = access.space.id;
  const [idea] = await db
    .select()
    .from(consultationIdeas)
    .where(and(eq(consultationIdeas.spaceId, spaceId), eq(consultationIdeas.id, id)))
    .limit(1);
  const found: Contribution | undefined = idea
    ? { kind: 'idea', ...idea, ideaId: idea.id }
    : await db
        .select()
        .from(consultationComments)
        .where(and(eq(consultationComments.spaceId, spaceId), eq(consultationComments.id, id)))
        .limit(1)
        .then(([comment]) => (comment ? { kind: 'comment' as const, ...comment, title: null } : undefined));
  const visible =
    found &&
    (access.permissions.manage ||
      found.state === 'published' ||
      (found.state === 'pending' && found.authorId === actor?.userId));
  if (!visible) throw notFound('Contribution');
  return found;
}

async function translationView(db: Database, spaceId: string, contributionId: string, translationId: string) {
  const rows = await translationRows(db, spaceId, [contributionId]);
  const row = rows.find((candidate) => candidate.translation.id === translationId);
  if (!row) throw new Error('translation vanished');
  return toTranslationView(row);
}

function requireOtherLanguage(contribution: Contribution, language: string) {
  if (contribution.language === language)
    throw invalid('This is the original language.', [
      { field: 'body.language', message: 'must differ from the original language' },
    ]);
}

/**
 * A machine translation, asked of the configured provider once and stored: the next reader gets the stored
 * one. Any signed-in reader may ask (the cost is bounded by the per-account rate limit on the route).
 */
export async function requestMachineTranslation(
  db: Database,
  actor: Actor | null,
  slug: string,
  contributionId: string,
  language: string,
  provider: TranslationProvider | null,
) {
  const access = await requireConsultation(db, slug, actor);
  signedIn(actor, 'Sign in to ask for a machine translation.');
  if (!provider)
    throw new AppError(503, 'translation_unavailable', 'No machine translation service is set up here.');
  const contribution = await findContribution(db, access, actor, contributionId);
  requireOtherLanguage(contribution, language);
  const spaceId = access.space.id;
  const stored = await db
    .select()
    .from(consultationTranslations)
    .where(
      and(
        eq(consultationTranslations.spaceId, spaceId),
        eq(consultationTranslations.contributionId, contributionId),
        eq(consultationTranslations.language, language),
        eq(consultationTranslations.provenance, 'machine'),
      ),
    )
    .limit(1);
  if (stored[0])
    return { created: false, translation: await translationView(db, spaceId, contributionId, stored[0].id) };
  let title: string | null = null;
  let body: string;
  try {
    const request = { source: contribution.language, target: language };
    if (contribution.title) title = await provider.translate({ ...request, text: contribution.title });
    body = await provider.translate({ ...request, text: contribution.body });
  } catch (error) {
    if (error instanceof TranslationUnavailable)
      throw new AppError(503, 'translation_unavailable', error.message);
    throw error;
  }
  try {
    const [row] = await db
      .insert(consultationTranslations)
      .values({
        spaceId,
        contributionId,
        language,
        title,
        body,
        provenance: 'machine',
        provider: provider.name,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    return { created: true, translation: await translationView(db, spaceId, contributionId, row.id) };
  } catch (error) {
    // Someone else asked for the same translation at the same moment: theirs is stored, answer with it.
    if (!isUniqueViolation(error)) throw error;
    return requestMachineTranslation(db, actor, slug, contributionId, language, provider);
  }
}

/** A participant contributes a translation by hand; it is shown with their name. */
export async function addHumanTranslation(
  db: Database,
  actor: Actor | null,
  slug: string,
  contributionId: string,
  input: { language: string; title?: string | undefined; body: string },
) {
  const access = await requireConsultation(db, slug, actor);
  const translator = requireParticipant(access, actor);
  const contribution = await findContribution(db, access, actor, contributionId);
  requireOtherLanguage(contribution, input.language);
  if (contribution.kind === 'idea' && !input.title)
    throw invalid('Translate the idea’s title too.', [
      { field: 'body.title', message: 'required for an idea' },
    ]);
  if (contribution.kind === 'comment' && input.title)
    throw invalid('A comment has no title.', [{ field: 'body.title', message: 'not allowed for a comment' }]);
  const [row] = await db
    .insert(consultationTranslations)
    .values({
      spaceId: access.space.id,
      contributionId,
      language: input.language,
      title: input.title ?? null,
      body: input.body,
      provenance: 'human',
      translatorId: translator.userId,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return translationView(db, access.space.id, contributionId, row.id);
}

/** A host marks one translation per language official; the others in that language stop being official. */
export async function makeTranslationOfficial(db: Database, actor: Actor | null, slug: string, id: string) {
  const access = await requireConsultation(db, slug, actor, 'manage');
  const spaceId = access.space.id;
  const contributionId = await db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(consultationTranslations)
      .where(and(eq(consultationTranslations.spaceId, spaceId), eq(consultationTranslations.id, id)))
      .for('update');
    if (!row) throw notFound('Translation');
    if (row.official) throw conflict('This translation is already official.');
    await tx
      .update(consultationTranslations)
      .set({ official: false })
      .where(
        and(
          eq(consultationTranslations.spaceId, spaceId),
          eq(consultationTranslations.contributionId, row.contributionId),
          eq(consultationTranslations.language, row.language),
          ne(consultationTranslations.id, id),
        ),
      );
    await tx
      .update(consultationTranslations)
      .set({ official: true })
      .where(and(eq(consultationTranslations.spaceId, spaceId), eq(consultationTranslations.id, id)));
    await recordAudit(tx, {
      actor,
      action: 'consultation.translation_made_official',
      entityType: 'consultation_translation',
      entityId: id,
      spaceId,
      before: { official: false },
      after: { official: true, contributionId: row.contributionId, language: row.language },
    });
    return row.contributionId;
  });
  return translationView(db, spaceId, contributionId, id);
}
