import { randomBytes } from 'node:crypto';
import { type Multilingual, pickText } from '@crossgov/shared';
import {
  createRandom,
  drawFromLottery,
  type LotteryDocument,
  ReplacementImpossibleError,
  replaceDropouts,
  SeedError,
  seedCommitment,
  sharedHighsSolver,
} from '@crossgov/sortition';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database, Queryable } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { conflict, invalid, notFound } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import { mailIn, mailLanguage } from '../mail/mail-catalogue.ts';
import type { drawOut, runOut } from './assembly.dto.ts';
import { findAssembly, lockAssembly, poolOf, requireAssemblySpace } from './assembly.service.ts';
import { assemblies, assemblyRuns, assemblyVolunteers } from './assembly.table.ts';
import { findRun, getRun, type RunRow } from './assembly-selection.service.ts';

type RunView = z.infer<typeof runOut>;

/**
 * Publishes a run's lottery with the SHA-256 commitment of a fresh random seed, before any draw
 * (Flanigan, Kehne, Procaccia 2021). The seed stays secret until the draw reveals it.
 */
export async function publishLottery(
  db: Database,
  actor: Actor | null,
  slug: string,
  id: string,
  ceremonySeedHash?: string | undefined,
): Promise<RunView> {
  const access = await requireAssemblySpace(db, slug, actor, 'manage');
  // A seed from a public ceremony stays with the managers until the draw; otherwise the server draws one.
  const seed = ceremonySeedHash ? null : randomBytes(32).toString('hex');
  const seedHash = ceremonySeedHash ?? seedCommitment(seed ?? '');
  await db.transaction(async (tx) => {
    const assembly = await lockAssembly(tx, access, actor);
    const run = await findRun(tx, access.space.id, id);
    if (run.status !== 'succeeded' || !run.result)
      throw conflict('Only a finished selection can be published.');
    if (assembly.publishedRunId) {
      const published = await findRun(tx, access.space.id, assembly.publishedRunId);
      if (published.drawnAt) throw conflict('The panel was already drawn from a published lottery.');
    }
    const lottery: LotteryDocument = { ...run.result.lottery, seedHash };
    await tx
      .update(assemblyRuns)
      .set({ seed, seedHash, result: { ...run.result, lottery } })
      .where(and(eq(assemblyRuns.spaceId, access.space.id), eq(assemblyRuns.id, id)));
    await tx
      .update(assemblies)
      .set({ publishedRunId: id, version: assembly.version + 1, updatedAt: new Date() })
      .where(eq(assemblies.spaceId, access.space.id));
    await recordAudit(tx, {
      actor,
      action: 'assembly.lottery_published',
      entityType: 'assembly_run',
      entityId: id,
      spaceId: access.space.id,
      after: { seedHash, size: lottery.size },
    });
  });
  return getRun(db, actor, slug, id);
}

async function publishedRun(db: Queryable, spaceId: string, publishedRunId: string | null): Promise<RunRow> {
  if (!publishedRunId) throw notFound('Published lottery');
  const run = await findRun(db, spaceId, publishedRunId);
  if (!run.result || !run.seedHash) throw notFound('Published lottery');
  return run;
}

/** The published lottery document, for anyone who may view the assembly: opaque ids only. */
export async function publicLottery(db: Database, actor: Actor | null, slug: string) {
  const access = await requireAssemblySpace(db, slug, actor);
  const assembly = await findAssembly(db, access);
  const run = await publishedRun(db, access.space.id, assembly.publishedRunId);
  const document = run.result?.lottery;
  if (!document) throw notFound('Published lottery');
  return {
    lottery: document,
    seed: run.drawnAt ? run.seed : null,
    ticket: run.drawnTicket,
    members: run.drawnMembers,
    drawnAt: iso(run.drawnAt),
  };
}

/** Tells the newly seated, each in their own language (imported volunteers have none: the assembly's). */
async function tellSeated(
  tx: Queryable,
  space: { titles: Multilingual },
  assemblyLanguages: readonly string[],
  seated: readonly { email: string | null; language: string | null }[],
  replacement: boolean,
): Promise<void> {
  for (const person of seated) {
    if (!person.email) continue;
    const language = mailLanguage(person.language, ...assemblyLanguages);
    const assembly = pickText(space.titles, language);
    await enqueueMail(tx, {
      to: person.email,
      ...mailIn(language, replacement ? 'panelReplacement' : 'panelSelected', { assembly }),
    });
  }
}

/** Reveals the seed and draws the panel from the published lottery; the selected are notified. */
export async function drawPanel(
  db: Database,
  actor: Actor | null,
  slug: string,
  revealedSeed?: string | undefined,
): Promise<z.infer<typeof drawOut>> {
  const access = await requireAssemblySpace(db, slug, actor, 'manage');
  return db.transaction(async (tx) => {
    const assembly = await lockAssembly(tx, access, actor);
    const run = await publishedRun(tx, access.space.id, assembly.publishedRunId);
    if (run.drawnAt) throw conflict('The panel has already been drawn.');
    if (!run.result) throw conflict('The lottery has no committed seed.');
    const seed = run.seed ?? revealedSeed;
    if (!seed)
      throw invalid('Reveal the seed of the public ceremony.', [
        { field: 'body.seed', message: 'required: the seed whose SHA-256 was published' },
      ]);
    let drawn: ReturnType<typeof drawFromLottery>;
    try {
      drawn = drawFromLottery(run.result.lottery, seed);
    } catch (error) {
      if (error instanceof SeedError)
        throw invalid(error.message, [{ field: 'body.seed', message: error.message }]);
      throw error;
    }
    await tx
      .update(assemblyRuns)
      .set({ seed, drawnAt: new Date(), drawnTicket: drawn.ticket, drawnMembers: drawn.members })
      .where(and(eq(assemblyRuns.spaceId, access.space.id), eq(assemblyRuns.id, run.id)));
    const selected = await tx
      .update(assemblyVolunteers)
      .set({ status: 'selected' })
      .where(
        and(
          eq(assemblyVolunteers.spaceId, access.space.id),
          inArray(assemblyVolunteers.publicId, drawn.members),
        ),
      )
      .returning();
    await tellSeated(tx, access.space, assembly.languages, selected, false);
    await recordAudit(tx, {
      actor,
      action: 'assembly.panel_drawn',
      entityType: 'assembly_run',
      entityId: run.id,
      spaceId: access.space.id,
      after: { ticket: drawn.ticket, members: drawn.members, seed },
    });
    return { ...drawn, matchesPublishedDraw: true };
  });
}

/** Anyone re-runs the draw from a seed: the same seed gives the same panel as the published draw. */
export async function verifyDraw(db: Database, actor: Actor | null, slug: string, seed: string) {
  const access = await requireAssemblySpace(db, slug, actor);
  const assembly = await findAssembly(db, access);
  const run = await publishedRun(db, access.space.id, assembly.publishedRunId);
  if (!run.result) throw notFound('Published lottery');
  try {
    const drawn = drawFromLottery(run.result.lottery, seed);
    const matches = run.drawnMembers
      ? run.drawnTicket === drawn.ticket && drawn.members.join() === run.drawnMembers.join()
      : null;
    return { ...drawn, matchesPublishedDraw: matches };
  } catch (error) {
    if (error instanceof SeedError)
      throw invalid(error.message, [{ field: 'body.seed', message: error.message }]);
    throw error;
  }
}

/**
 * Marks one or several panel members who dropped out and chooses, in one solve, as many replacements that
 * restore every quota (the engine's replacement ILP over the rest of the pool, one per household); the
 * replacements are notified. All or nothing: one bad id leaves every status unchanged.
 */
export async function replaceMembers(db: Database, actor: Actor | null, slug: string, dropoutIds: string[]) {
  const access = await requireAssemblySpace(db, slug, actor, 'manage');
  return db.transaction(async (tx) => {
    const assembly = await lockAssembly(tx, access, actor);
    const run = await publishedRun(tx, access.space.id, assembly.publishedRunId);
    if (!run.drawnAt) throw conflict('Draw the panel before replacing members.');
    const { rows, people } = await poolOf(tx, access.space.id, assembly.categories);
    const index = new Map(rows.map((row, i) => [row.id, i]));
    const onPanel = rows.flatMap((row, i) =>
      row.status === 'selected' || row.status === 'replacement' ? [i] : [],
    );
    const dropouts = dropoutIds.map((id, n) => {
      const at = index.get(id);
      if (at === undefined || !onPanel.includes(at))
        throw invalid('Only members of the panel can drop out.', [
          { field: `body.dropoutIds.${n}`, message: 'not a member of the panel' },
        ]);
      if (dropoutIds.indexOf(id) !== n)
        throw invalid('Each drop-out is marked once.', [
          { field: `body.dropoutIds.${n}`, message: 'already in the list' },
        ]);
      return at;
    });
    // Volunteers who dropped out earlier are not candidates again: the engine leaves out every "dropout".
    const excluded = rows.flatMap((row, i) => (row.status === 'dropped_out' ? [i] : []));
    let replacement: Awaited<ReturnType<typeof replaceDropouts>>;
    try {
      replacement = await replaceDropouts(
        { people, quotas: assembly.quotas, panelSize: assembly.panelSize },
        onPanel,
        [...dropouts, ...excluded],
        await sharedHighsSolver(),
        createRandom(run.drawnTicket ?? 0),
      );
    } catch (error) {
      if (error instanceof ReplacementImpossibleError) throw conflict(error.message);
      throw error;
    }
    const droppedIds = dropouts.map((i) => rows[i]?.id).filter((id): id is string => id !== undefined);
    const addedIds = replacement.added.map((i) => rows[i]?.id).filter((id): id is string => id !== undefined);
    await tx
      .update(assemblyVolunteers)
      .set({ status: 'dropped_out' })
      .where(
        and(eq(assemblyVolunteers.spaceId, access.space.id), inArray(assemblyVolunteers.id, droppedIds)),
      );
    const added =
      addedIds.length === 0
        ? []
        : await tx
            .update(assemblyVolunteers)
            .set({ status: 'replacement' })
            .where(
              and(eq(assemblyVolunteers.spaceId, access.space.id), inArray(assemblyVolunteers.id, addedIds)),
            )
            .returning();
    await tellSeated(tx, access.space, assembly.languages, added, true);
    await recordAudit(tx, {
      actor,
      action: 'assembly.members_replaced',
      entityType: 'assembly',
      entityId: access.space.id,
      spaceId: access.space.id,
      after: {
        droppedOut: dropouts.map((i) => rows[i]?.publicId),
        replacements: replacement.added.map((i) => rows[i]?.publicId),
      },
    });
    return { droppedOut: droppedIds, replacements: addedIds };
  });
}
