import type { AssemblyAlgorithm, AssemblyRunStatus } from '@crossgov/shared';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database, Queryable } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { conflict, notFound } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { runOut } from './assembly.dto.ts';
import { findAssembly, lockAssembly, poolOf, requireAssemblySpace } from './assembly.service.ts';
import { assemblies, assemblyRuns, type StoredRunResult } from './assembly.table.ts';
import { runSelectionInWorker } from './assembly-selection.worker.ts';

export type RunRow = typeof assemblyRuns.$inferSelect;
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

export async function findRun(db: Queryable, spaceId: string, id: string): Promise<RunRow> {
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
/** How often a process computing a run says it is still alive. */
const HEARTBEAT_MS = 5_000;
/** A queued or running run without a sign of life for this long belongs to a process that stopped. */
export const STALE_RUN_SECONDS = 30;

/**
 * Fails the runs whose process stopped (crash, restart, deploy): queued or running with no heartbeat for
 * `staleAfterSeconds`. Runs another live process is computing keep beating and are left alone, so every app
 * process behind a load balancer can sweep at start-up and then periodically.
 */
export async function failInterruptedRuns(
  db: Database,
  staleAfterSeconds = STALE_RUN_SECONDS,
): Promise<number> {
  const failed = await db
    .update(assemblyRuns)
    .set({
      status: 'failed',
      stage: 'interrupted',
      error: 'The server stopped during this run. Start it again.',
      finishedAt: new Date(),
    })
    .where(
      and(
        inArray(assemblyRuns.status, ['queued', 'running']),
        sql`coalesce(${assemblyRuns.heartbeatAt}, ${assemblyRuns.createdAt}) < now() - make_interval(secs => ${staleAfterSeconds}::float)`,
      ),
    )
    .returning({ id: assemblyRuns.id });
  return failed.length;
}

async function progress(db: Database, row: RunRow, stage: string, value: number) {
  await db
    .update(assemblyRuns)
    .set({ status: 'running', stage, progress: value, heartbeatAt: new Date() })
    .where(and(eq(assemblyRuns.spaceId, row.spaceId), eq(assemblyRuns.id, row.id)));
}

/** Keeps the run's heartbeat fresh while this process computes it. */
function beat(db: Database, row: RunRow): () => void {
  const timer = setInterval(() => {
    db.update(assemblyRuns)
      .set({ heartbeatAt: new Date() })
      .where(
        and(
          eq(assemblyRuns.spaceId, row.spaceId),
          eq(assemblyRuns.id, row.id),
          inArray(assemblyRuns.status, ['queued', 'running']),
        ),
      )
      .catch(() => undefined);
  }, HEARTBEAT_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** The selection itself, after the response went out, in a worker thread; progress is written to the run. */
async function executeRun(db: Database, row: RunRow): Promise<void> {
  const started = performance.now();
  // Progress writes are awaited before the final one, so a late "running" never overwrites the outcome.
  const stages: Promise<unknown>[] = [];
  const stopBeating = beat(db, row);
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
  } finally {
    stopBeating();
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
