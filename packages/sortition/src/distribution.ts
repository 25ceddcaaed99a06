import type { Panel, PanelDistribution } from './types.ts';

/** Selection probability of each person: sum of the probabilities of the panels containing them. */
export function marginals(distribution: PanelDistribution, n: number): number[] {
  const result = new Array<number>(n).fill(0);
  distribution.panels.forEach((panel, index) => {
    const probability = distribution.probabilities[index] ?? 0;
    for (const person of panel) result[person] = (result[person] ?? 0) + probability;
  });
  return result;
}

const panelKey = (panel: Panel) => panel.join(',');

/**
 * Cleans an LP's weights into a distribution: drops weights below `threshold` (solver noise), clips
 * negatives, merges repeated panels and renormalises to sum 1 (Flanigan et al. 2021, Methods, last step).
 */
export function normalisedDistribution(
  panels: readonly Panel[],
  weights: readonly number[],
  threshold = 1e-9,
): PanelDistribution {
  const merged = new Map<string, { panel: Panel; weight: number }>();
  panels.forEach((panel, index) => {
    const weight = weights[index] ?? 0;
    if (!(weight > threshold)) return;
    const key = panelKey(panel);
    const entry = merged.get(key);
    if (entry) entry.weight += weight;
    else merged.set(key, { panel, weight });
  });
  const entries = [...merged.values()];
  const total = entries.reduce((sum, entry) => sum + entry.weight, 0);
  if (total <= 0) throw new Error('the distribution has no panel with positive probability');
  return {
    panels: entries.map((entry) => entry.panel),
    probabilities: entries.map((entry) => entry.weight / total),
  };
}

/** Keeps each panel once (first occurrence), for column pools. */
export class PanelSet {
  private readonly keys = new Set<string>();
  readonly panels: Panel[] = [];

  add(panel: Panel): boolean {
    const key = panelKey(panel);
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    this.panels.push(panel);
    return true;
  }
}
