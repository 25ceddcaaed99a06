import { existsSync, readFileSync } from 'node:fs';
import {
  adjustedRandIndex,
  analyzeMatrix,
  buildVoteMatrix,
  DeliberationWorker,
  IncrementalConversation,
  parseCommentsCsv,
  parseParticipantsVotesCsv,
  parseVotesCsv,
  syntheticConversation,
  type Vote,
  type VoteMatrix,
} from '@crossgov/deliberation';
import type { BenchOptions } from './bench-options.ts';
import { describeMachine } from './lib/machine.ts';

const OPEN_DATA = '/work/shared/research-data/polis';

/** Reference point: Polis's dense formulation (mean-imputed n x m Float64 matrix, power iteration). */
function densePca(matrix: VoteMatrix, iterations: number): number {
  const n = matrix.participantIds.length;
  const m = matrix.commentIds.length;
  const dense = new Float64Array(n * m);
  const sums = new Float64Array(m);
  const counts = new Float64Array(m);
  for (let at = 0; at < matrix.cols.length; at++) {
    const c = matrix.cols[at] ?? 0;
    sums[c] = (sums[c] ?? 0) + (matrix.values[at] ?? 0);
    counts[c] = (counts[c] ?? 0) + 1;
  }
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < m; c++) dense[r * m + c] = (sums[c] ?? 0) / Math.max(counts[c] ?? 1, 1);
    for (let at = matrix.rowStart[r] ?? 0; at < (matrix.rowStart[r + 1] ?? 0); at++)
      dense[r * m + (matrix.cols[at] ?? 0)] = matrix.values[at] ?? 0;
  }
  const mean = new Float64Array(m);
  for (let r = 0; r < n; r++)
    for (let c = 0; c < m; c++) mean[c] = (mean[c] ?? 0) + (dense[r * m + c] ?? 0) / n;
  for (let r = 0; r < n; r++)
    for (let c = 0; c < m; c++) dense[r * m + c] = (dense[r * m + c] ?? 0) - (mean[c] ?? 0);
  let v = new Float64Array(m).fill(1);
  for (let i = 0; i < iterations; i++) {
    const next = new Float64Array(m);
    for (let r = 0; r < n; r++) {
      let dot = 0;
      for (let c = 0; c < m; c++) dot += (dense[r * m + c] ?? 0) * (v[c] ?? 0);
      for (let c = 0; c < m; c++) next[c] = (next[c] ?? 0) + dot * (dense[r * m + c] ?? 0);
    }
    const norm = Math.hypot(...next);
    v = next.map((x) => x / norm);
  }
  return v.length;
}

const seconds = (started: number) => Math.round(performance.now() - started) / 1000;
const mib = (bytes: number) => Math.round(bytes / 1024 ** 2);

function timed<T>(run: () => T): { value: T; seconds: number } {
  const started = performance.now();
  const value = run();
  return { value, seconds: seconds(started) };
}

function openData(name: string): void {
  const dir = `${OPEN_DATA}/${name}`;
  const files = ['votes.csv', 'comments.csv', 'participants-votes.csv'].map((file) => `${dir}/${file}`);
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    console.log(`${name}: skipped, missing ${missing.join(', ')}`);
    return;
  }
  const votes = parseVotesCsv(readFileSync(files[0] ?? '', 'utf8'));
  const comments = parseCommentsCsv(readFileSync(files[1] ?? '', 'utf8'));
  const polis = new Map(
    parseParticipantsVotesCsv(readFileSync(files[2] ?? '', 'utf8')).flatMap((row) =>
      row.groupId === undefined ? [] : [[row.participantId, row.groupId] as [string, string]],
    ),
  );
  const matrix = buildVoteMatrix(votes, comments);
  // The first call includes V8 warming up the code; a long-lived worker runs the later, compiled ones.
  const full = timed(() => analyzeMatrix(matrix));
  const again = Array.from({ length: 5 }, () => timed(() => analyzeMatrix(matrix)).seconds).sort(
    (a, b) => a - b,
  );
  const warm = timed(() => analyzeMatrix(matrix, { memory: full.value.memory }));
  const dense = timed(() => densePca(matrix, 100));
  const ours = new Map(
    full.value.analysis.groups.flatMap((g) => g.members.map((id) => [id, String(g.id)] as [string, string])),
  );
  console.log(
    `${name}: ${matrix.participantIds.length} x ${matrix.commentIds.length}, ${matrix.cols.length} votes | full recompute ${full.seconds} s first call, ${again[2]} s median of 5 more | warm (incremental) ${warm.seconds} s | reference: dense PCA alone (100 iterations, 1 component) ${dense.seconds} s | groups ours ${full.value.analysis.groups.length} vs Polis ${new Set(polis.values()).size} | ARI vs Polis group-id ${adjustedRandIndex(ours, polis).toFixed(3)}`,
  );
}

function synthetic(participants: number, comments: number, seed: number): Vote[] {
  return syntheticConversation({ participants, comments, groups: 4, seed }).votes;
}

function syntheticInProcess(participants: number, comments: number, seed: number): void {
  const votes = synthetic(participants, comments, seed);
  const conversation = new IncrementalConversation();
  const cut = Math.floor(votes.length * 0.95);
  conversation.addVotes(votes.slice(0, cut));
  const full = conversation.recompute();
  conversation.addVotes(votes.slice(cut));
  const warm = conversation.recompute();
  conversation.reset();
  const fullAgain = conversation.recompute();
  console.log(
    `synthetic ${participants} x ${comments} (${votes.length} votes): full ${full.seconds.toFixed(3)} s | +5% votes warm ${warm.seconds.toFixed(3)} s | same votes full ${fullAgain.seconds.toFixed(3)} s | groups ${warm.analysis.groups.length} | RSS ${mib(process.memoryUsage().rss)} MiB`,
  );
}

async function syntheticInWorker(participants: number, comments: number, seed: number): Promise<void> {
  const votes = synthetic(participants, comments, seed);
  const worker = new DeliberationWorker();
  try {
    const batch = 500_000;
    for (let at = 0; at + batch < votes.length; at += batch)
      await worker.addVotes(votes.slice(at, at + batch));
    const last = Math.floor((votes.length - 1) / batch) * batch;
    const full = await worker.submitVotes(votes.slice(last));
    const warm = await worker.recompute();
    console.log(
      `synthetic ${participants} x ${comments} in a worker (${votes.length} votes): full ${full.seconds.toFixed(2)} s | warm ${warm.seconds.toFixed(2)} s | groups ${warm.analysis.groups.length} | main-process maxRSS ${mib(process.resourceUsage().maxRSS * 1024)} MiB (worker shares the process)`,
    );
  } finally {
    await worker.close();
  }
}

/** `npm run bench -- deliberation`: Polis math on open data and synthetic conversations. */
export async function runDeliberationBench(options: BenchOptions): Promise<void> {
  const machine = describeMachine();
  console.log(
    `deliberation: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}\n`,
  );
  openData('15-per-hour-seattle');
  openData('vtaiwan.uberx');
  syntheticInProcess(10_000, 1_000, options.seed);
  await syntheticInWorker(100_000, 2_000, options.seed);
  console.log(`\npeak RSS ${mib(process.resourceUsage().maxRSS * 1024)} MiB`);
}
