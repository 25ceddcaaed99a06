import type { PoolStructure } from './structure.ts';
import type { Panel } from './types.ts';

/**
 * A panel seen through types: how many members of each type it has. Interchangeable people make
 * every panel with the same counts equivalent, so the fairness LPs work over compositions.
 */
export type Composition = readonly number[];

export function compositionOf(structure: PoolStructure, panel: Panel): number[] {
  const counts = structure.types.map(() => 0);
  for (const person of panel) {
    const type = structure.typeOf[person] ?? -1;
    counts[type] = (counts[type] ?? 0) + 1;
  }
  return counts;
}

/** Keeps each composition once. */
export class CompositionSet {
  private readonly keys = new Set<string>();
  readonly items: Composition[] = [];

  add(composition: Composition): boolean {
    const key = composition.join(',');
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    this.items.push(composition);
    return true;
  }
}

/** Per-type selection probability E[c_t] / s_t of a distribution over compositions. */
export function typeProbabilities(
  structure: PoolStructure,
  compositions: readonly Composition[],
  weights: readonly number[],
): number[] {
  return structure.types.map((type, t) => {
    let expected = 0;
    compositions.forEach((composition, index) => {
      expected += (weights[index] ?? 0) * (composition[t] ?? 0);
    });
    return expected / type.members.length;
  });
}

/** Per-person weights from per-type weights. */
export function personWeights(structure: PoolStructure, typeWeights: readonly number[]): number[] {
  return structure.typeOf.map((type) => typeWeights[type] ?? 0);
}
