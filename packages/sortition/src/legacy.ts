import { normalisedDistribution } from './distribution.ts';
import type { Random } from './random.ts';
import type { PoolStructure } from './structure.ts';
import type { Panel, PanelDistribution } from './types.ts';

/**
 * One LEGACY draw (the greedy baseline of Flanigan et al. 2021, Methods, "LEGACY"): k times, take the
 * feature value with the largest (min - selected) / remaining-with-it, pick a uniformly random remaining
 * person having it, then remove that person's household and everyone whose category is full.
 * Returns undefined when the greedy gets stuck or ends below a minimum (the caller redraws).
 */
export function legacyDraw(structure: PoolStructure, random: Random): Panel | undefined {
  const { quotas, n, k } = structure;
  const remaining = new Set<number>(Array.from({ length: n }, (_, i) => i));
  const selected = quotas.map(() => 0);
  const householdOf = new Map<number, number[]>();
  for (const household of structure.households)
    for (const person of household) householdOf.set(person, household);
  const panel: number[] = [];
  for (let step = 0; step < k; step += 1) {
    const holders = quotas.map((): number[] => []);
    for (const person of remaining)
      for (const quota of structure.personQuotas[person] ?? []) holders[quota]?.push(person);
    let best = -1;
    let bestRatio = Number.NEGATIVE_INFINITY;
    quotas.forEach((quota, q) => {
      const count = holders[q]?.length ?? 0;
      if (count === 0) return;
      const ratio = (quota.min - (selected[q] ?? 0)) / count;
      if (ratio > bestRatio) {
        bestRatio = ratio;
        best = q;
      }
    });
    const candidates = holders[best];
    if (!candidates || candidates.length === 0) return undefined;
    const person = candidates[random.below(candidates.length)] ?? -1;
    panel.push(person);
    for (const other of householdOf.get(person) ?? [person]) remaining.delete(other);
    remaining.delete(person);
    for (const quota of structure.personQuotas[person] ?? []) selected[quota] = (selected[quota] ?? 0) + 1;
    const full = new Set(quotas.flatMap((quota, q) => ((selected[q] ?? 0) >= quota.max ? [q] : [])));
    for (const other of [...remaining])
      if ((structure.personQuotas[other] ?? []).some((quota) => full.has(quota))) remaining.delete(other);
  }
  if (quotas.some((quota, q) => (selected[q] ?? 0) < quota.min)) return undefined;
  return panel.sort((a, b) => a - b);
}

export interface LegacyOutcome {
  distribution: PanelDistribution;
  probabilities: number[];
  /** Draws that got stuck and were redrawn. */
  failedDraws: number;
}

/** Estimates LEGACY's selection probabilities from `runs` seeded draws (the paper uses 10,000). */
export function legacy(structure: PoolStructure, random: Random, runs: number): LegacyOutcome {
  const panels: Panel[] = [];
  let failedDraws = 0;
  while (panels.length < runs) {
    const panel = legacyDraw(structure, random);
    if (panel) panels.push(panel);
    else failedDraws += 1;
    if (failedDraws > 10 * runs + 100)
      throw new Error(`LEGACY got stuck in ${failedDraws} draws; the quotas are too tight for the greedy`);
  }
  const distribution = normalisedDistribution(
    panels,
    panels.map(() => 1 / runs),
    0,
  );
  const counts = new Array<number>(structure.n).fill(0);
  for (const panel of panels) for (const person of panel) counts[person] = (counts[person] ?? 0) + 1;
  return { distribution, probabilities: counts.map((count) => count / runs), failedDraws };
}
