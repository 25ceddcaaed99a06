import fc from 'fast-check';
import type { Person, Quota, SelectionProblem } from '../types.ts';

/** Every k-subset of 0..n-1 (test-only brute force for small pools). */
export function* subsets(n: number, k: number, start = 0, chosen: number[] = []): Generator<number[]> {
  if (chosen.length === k) {
    yield [...chosen];
    return;
  }
  for (let i = start; i <= n - (k - chosen.length); i += 1) {
    chosen.push(i);
    yield* subsets(n, k, i + 1, chosen);
    chosen.pop();
  }
}

/** Random small instances: 5-11 people, 2 categories, loose-to-tight quotas, sometimes households. */
export const smallProblem: fc.Arbitrary<SelectionProblem> = fc
  .record({
    n: fc.integer({ min: 5, max: 11 }),
    k: fc.integer({ min: 2, max: 4 }),
    sizes: fc.tuple(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 2, max: 2 })),
    seed: fc.array(fc.nat(5), { minLength: 22, maxLength: 22 }),
    slack: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 10, maxLength: 10 }),
    households: fc.boolean(),
  })
  .map(({ n, k, sizes, seed, slack, households }) => {
    const categories = ['a', 'b'];
    const people: Person[] = Array.from({ length: n }, (_, i) => {
      const features = Object.fromEntries(
        categories.map((category, c) => [category, `${category}${(seed[2 * i + c] ?? 0) % (sizes[c] ?? 2)}`]),
      );
      return households && i % 3 === 0 && i + 1 < n
        ? { id: `p${i}`, features, household: `h${i}` }
        : { id: `p${i}`, features };
    });
    // The person after each household head shares the household.
    if (households)
      for (let i = 0; i + 1 < n; i += 3) {
        const next = people[i + 1];
        if (next) people[i + 1] = { ...next, household: `h${i}` };
      }
    let s = 0;
    const quotas: Quota[] = categories.flatMap((category, c) =>
      Array.from({ length: sizes[c] ?? 2 }, (_, f) => {
        const have = people.filter((person) => person.features[category] === `${category}${f}`).length;
        const share = Math.round((have / n) * k);
        const low = Math.max(0, share - (slack[s] ?? 0));
        const high = Math.min(k, share + (slack[s + 1] ?? 0));
        s += 2;
        return { category, feature: `${category}${f}`, min: low, max: Math.max(low, high) };
      }),
    );
    return { people, quotas, panelSize: k };
  });

/** Small instances with one quota's minimum raised at random: a mix of feasible and infeasible pools. */
export const perturbedProblem: fc.Arbitrary<SelectionProblem> = fc
  .tuple(smallProblem, fc.nat(), fc.integer({ min: 0, max: 3 }))
  .map(([problem, which, raise]) => {
    const index = which % problem.quotas.length;
    const quotas = problem.quotas.map((quota, q) =>
      q === index ? { ...quota, min: quota.min + raise, max: Math.max(quota.max, quota.min + raise) } : quota,
    );
    return { ...problem, quotas };
  });
