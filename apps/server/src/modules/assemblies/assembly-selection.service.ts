import { randomBytes } from 'node:crypto';
import type { AssemblyAlgorithm, AssemblyRunStatus } from '@crossgov/shared';
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
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database, Queryable } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { conflict, invalid, notFound } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import type { drawOut, runOut } from './assembly.dto.ts';
import { findAssembly, lockAssembly, poolOf, requireAssemblySpace } from './assembly.service.ts';
import { assemblies, assemblyRuns, assemblyVolunteers, type StoredRunResult } from './assembly.table.ts';
import { runSelectionInWorker } from './assembly-selection.worker.ts';

type RunRow = typeof assemblyRuns.$inferSelect;
type RunView = z.infer<typeof runOut>;

/** LEGACY draws for the side-by-side fairness report (the paper uses 10,000; the CLI does too). */
const LEGACY_RUNS = 2000;
/** Seconds the lottery-rounding ILP may take (the engine's default is 10). */
const LOTTERY_SECONDS = 5;

/** Runs computing in this process; the app waits for them before closing its database. */
const inFlight = new Set<Promise<void>>();

export function runsInFlight(): Promise<unknown> {
  return Promise.allSettled([...inFlight]);
}

function toRunView(row: RunRow, publishedRunId: string | null): RunView {
  const result = row.result;
  return {
    id: row.id,
    algorithm: row.algorithm as AssemblyAlgorithm,
    lotterySize: row.lotterySize,
    status: row.status as AssemblyRunStatus,
    stage: row.stage,
    progress: row.progress,
    error: row.error,
    createdAt: iso(row.createdAt),
    finishedAt: iso(row.finishedAt),
    published: publishedRunId === row.id,
    result: result
      ? {
          poolSize: result.poolSize,
          panels: result.panels,
          seconds: result.seconds,
          fairness: {
            minProbability: result.report.fairness.minProbability,
            gini: result.report.fairness.gini,
            geometricMean: result.report.fairness.geometricMean,
          },
          legacy: {
            minProbability: result.report.legacy.minProbability,
            gini: result.report.legacy.gini,
            geometricMean: result.report.legacy.geometricMean,
            runs: result.report.legacy.runs,
          },
          lotteryPanels: result.lottery.panels.length,
          lotteryMaxDeviation: result.lottery.maxDeviation,
          probabilities: Object.values(result.probabilities).sort((a, b) => a - b),
        }
      : null,
  };
}

async function findRun(db: Queryable, spaceId: string, id: string): Promise<RunRow> {
  const [row] = await db
    .select()
    .from(assemblyRuns)
    .where(and(eq(assemblyRuns.spaceId, spaceId), eq(assemblyRuns.id, id)));
  if (!row) throw notFound('Selection run');
  return row;
}

/**
 * A run left "queued" or "running" when the process stopped can never finish: at start-up it is marked
 * failed, so the page does not poll it forever. (With several app processes, one's start-up would fail the
 * others' runs: the selection job belongs in the PostgreSQL job queue of scaling step 2.)
 */
export async function failInterruptedRuns(db: Database): Promise<number> {
  const failed = await db
    .update(assemblyRuns)
    .set({
      status: 'failed',
      stage: 'interrupted',
      error: 'The server stopped during this run. Start it again.',
      finishedAt: new Date(),
    })
    .where(inArray(assemblyRuns.status, ['queued', 'running']))
    .returning({ id: assemblyRuns.id });
  return failed.length;
}

async function progress(db: Database, row: RunRow, stage: string, value: number) {
  await db
    .update(assemblyRuns)
    .set({ status: 'running', stage, progress: value })
    .where(and(eq(assemblyRuns.spaceId, row.spaceId), eq(assemblyRuns.id, row.id)));
}

/** The selection itself, after the response went out, in a worker thread; progress is written to the run. */
async function executeRun(db: Database, row: RunRow): Promise<void> {
  const started = performance.now();
  // Progress writes are awaited before the final one, so a late "running" never overwrites the outcome.
  const stages: Promise<unknown>[] = [];
  try {
    const [assembly] = await db.select().from(assemblies).where(eq(assemblies.spaceId, row.spaceId));
    if (!assembly) throw new Error('the assembly has no settings');
    await progress(db, row, 'checking', 0.05);
    const { people } = await poolOf(db, row.spaceId, assembly.categories);
    const result = await runSelectionInWorker(
      {
        people,
        quotas: assembly.quotas,
        panelSize: assembly.panelSize,
        algorithm: row.algorithm as AssemblyAlgorithm,
        lotterySize: row.lotterySize,
        legacyRuns: LEGACY_RUNS,
        lotterySeconds: LOTTERY_SECONDS,
      },
      (stage, value) => stages.push(progress(db, row, stage, value).catch(() => undefined)),
    );
    await Promise.all(stages);
    const stored: StoredRunResult = { ...result, seconds: (performance.now() - started) / 1000 };
    await db
      .update(assemblyRuns)
      .set({ status: 'succeeded', stage: 'done', progress: 1, result: stored, finishedAt: new Date() })
      .where(and(eq(assemblyRuns.spaceId, row.spaceId), eq(assemblyRuns.id, row.id)));
  } catch (error) {
    await Promise.allSettled(stages);
    const message = error instanceof Error ? error.message : String(error);
    await db
      .update(assemblyRuns)
      .set({ status: 'failed', stage: 'failed', error: message.slice(0, 2000), finishedAt: new Date() })
      .where(and(eq(assemblyRuns.spaceId, row.spaceId), eq(assemblyRuns.id, row.id)));
  }
}

/** Starts a selection run: recorded now, computed in the background; the page polls its progress. */
export async function startRun(
  db: Database,
  actor: Actor | null,
  slug: string,
  input: { algorithm: AssemblyAlgorithm; lotterySize: number },
): Promise<RunView> {
  const access = await requireAssemblySpace(db, slug, actor, 'manage');
  const row = await db.transaction(async (tx) => {
    const assembly = await lockAssembly(tx, access, actor);
    if (assembly.quotas.length === 0) throw conflict('Set the quotas before starting a selection.');
    const [running] = await tx
      .select({ id: assemblyRuns.id })
      .from(assemblyRuns)
      .where(
        and(eq(assemblyRuns.spaceId, access.space.id), inArray(assemblyRuns.status, ['queued', 'running'])),
      );
    if (running) throw conflict('A selection is already running for this assembly.');
    const [created] = await tx
      .insert(assemblyRuns)
      .values({
        spaceId: access.space.id,
        algorithm: input.algorithm,
        lotterySize: input.lotterySize,
        startedBy: actor?.userId ?? null,
      })
      .returning();
    if (!created) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      actor,
      action: 'assembly.run_started',
      entityType: 'assembly_run',
      entityId: created.id,
      spaceId: access.space.id,
      after: { algorithm: created.algorithm, lotterySize: created.lotterySize },
    });
    return created;
  });
  // After the transaction commits and the answer is sent: never on the request path.
  const task = new Promise<void>((resolve) => setImmediate(resolve)).then(() => executeRun(db, row));
  inFlight.add(task);
  void task.finally(() => inFlight.delete(task));
  return toRunView(row, null);
}

export async function listRuns(db: Database, actor: Actor | null, slug: string) {
  const access = await requireAssemblySpace(db, slug, actor, 'manage');
  const assembly = await findAssembly(db, access);
  const rows = await db
    .select()
    .from(assemblyRuns)
    .where(eq(assemblyRuns.spaceId, access.space.id))
    .orderBy(desc(assemblyRuns.createdAt))
    .limit(50);
  return { items: rows.map((row) => toRunView(row, assembly.publishedRunId)) };
}

export async function getRun(db: Database, actor: Actor | null, slug: string, id: string): Promise<RunView> {
  const access = await requireAssemblySpace(db, slug, actor, 'manage');
  const assembly = await findAssembly(db, access);
  return toRunView(await findRun(db, access.space.id, id), assembly.publishedRunId);
}

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

function mailSelected(title: string, replacement: boolean) {
  return {
    subject: `${title}: you have been selected`,
    text: replacement
      ? `A place on the panel of ${title} became free and the lottery's replacement rule chose you. The organisers will contact you about the sessions.`
      : `The public lottery of ${title} selected you for its panel. The organisers will contact you about the sessions and the stipend.`,
  };
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
    const title = Object.values(access.space.titles)[0]?.text ?? slug;
    for (const person of selected)
      if (person.email) await enqueueMail(tx, { to: person.email, ...mailSelected(title, false) });
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
 * Marks panel members who dropped out and chooses replacements that restore every quota (the engine's
 * replacement ILP over the rest of the pool, one per household); the replacements are notified.
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
    const title = Object.values(access.space.titles)[0]?.text ?? slug;
    for (const person of added)
      if (person.email) await enqueueMail(tx, { to: person.email, ...mailSelected(title, true) });
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
