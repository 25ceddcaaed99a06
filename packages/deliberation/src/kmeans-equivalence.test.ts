import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { silhouette } from './groups.ts';
import { type Cluster, initialClusters, kmeans, type Point } from './kmeans.ts';
import { compareIds, sortIds } from './vote-matrix.ts';

// Plain Lloyd's k-means as polismath `clusters/kmeans` states it, written the naive way: the reference the
// bounded implementation must reproduce exactly (same assignments, same centres, same ids).
function lloyd(points: Point[], k: number, maxIterations: number): Cluster[] {
  let centres = initialClusters(points, k).map((c) => ({ id: c.id, x: c.center[0], y: c.center[1] }));
  let left = maxIterations;
  for (;;) {
    const assignment = points.map((point) => {
      let best = 0;
      let bestDistance = Number.POSITIVE_INFINITY;
      centres.forEach((centre, c) => {
        const distance = (point.x - centre.x) ** 2 + (point.y - centre.y) ** 2;
        if (distance <= bestDistance) {
          bestDistance = distance;
          best = c;
        }
      });
      return best;
    });
    const next = centres.flatMap((centre, c) => {
      let x = 0;
      let y = 0;
      let w = 0;
      points.forEach((point, p) => {
        if (assignment[p] !== c) return;
        x += point.weight * point.x;
        y += point.weight * point.y;
        w += point.weight;
      });
      return assignment.includes(c) ? [{ id: centre.id, x: x / w, y: y / w, members: [] as string[] }] : [];
    });
    const byOld = centres.map((centre) => next.find((n) => n.id === centre.id));
    points.forEach((point, p) => {
      byOld[assignment[p] ?? 0]?.members.push(point.key);
    });
    const order = (list: Array<{ x: number; y: number }>) => [...list].sort((a, b) => a.x - b.x || a.y - b.y);
    const before = order(centres);
    const after = order(next);
    const same = after.every(
      (c, i) => Math.hypot(c.x - (before[i]?.x ?? 0), c.y - (before[i]?.y ?? 0)) < 0.01,
    );
    if (left === 0 || same) {
      return next
        .map((c) => ({ id: c.id, members: c.members, center: [c.x, c.y] as [number, number] }))
        .sort((a, b) => a.id - b.id);
    }
    centres = next;
    left -= 1;
  }
}

function naiveSilhouette(points: Point[], clusters: Cluster[]): number {
  const at = new Map(points.map((point) => [point.key, point]));
  const scores = clusters.flatMap((own) =>
    own.members.map((key) => {
      const point = at.get(key) as Point;
      if (own.members.length === 1) return 0;
      const means = clusters.map((cluster) => {
        const others = cluster.members.filter((m) => m !== key).map((m) => at.get(m) as Point);
        const sum = others.reduce((s, o) => s + Math.hypot(point.x - o.x, point.y - o.y), 0);
        return { own: cluster === own, mean: others.length === 0 ? undefined : sum / others.length };
      });
      const a = means.find((m) => m.own)?.mean ?? 0;
      const bs = means.filter((m) => !m.own && m.mean !== undefined).map((m) => m.mean as number);
      const b = bs.length === 0 ? a : Math.min(...bs);
      const larger = Math.max(a, b);
      return larger === 0 ? 0 : (b - a) / larger;
    }),
  );
  return scores.length === 0 ? 0 : scores.reduce((s, v) => s + v, 0) / scores.length;
}

// Coordinates on a coarse grid, so duplicate points and exact distance ties (the tie rule) come up often.
const points = fc
  .array(
    fc.record({
      x: fc.integer({ min: -20, max: 20 }),
      y: fc.integer({ min: -20, max: 20 }),
      w: fc.integer({ min: 1, max: 9 }),
    }),
    { minLength: 1, maxLength: 300 },
  )
  .map((list) => list.map((p, i) => ({ key: String(i), x: p.x / 4, y: p.y / 4, weight: p.w })));

describe('bounded k-means', () => {
  it('gives exactly the clusters of plain Lloyd iterations, ties and duplicates included', () => {
    fc.assert(
      fc.property(
        points,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 30 }),
        (list, k, iterations) => {
          expect(kmeans(list, k, { maxIterations: iterations })).toEqual(lloyd(list, k, iterations));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('silhouette', () => {
  it('equals the naive mean over points of (b - a) / max(a, b)', () => {
    fc.assert(
      fc.property(points, fc.integer({ min: 1, max: 6 }), (list, k) => {
        const clusters = kmeans(list, k);
        expect(silhouette(list, clusters)).toBe(naiveSilhouette(list, clusters));
      }),
      { numRuns: 100 },
    );
  });
});

describe('sortIds', () => {
  it('orders ids exactly as sorting with compareIds does', () => {
    const id = fc.oneof(
      fc.integer({ min: -50, max: 5000 }).map(String),
      fc.string({ maxLength: 4 }),
      fc.constantFrom('007', '7', '-0', '1e3'),
    );
    fc.assert(
      fc.property(fc.uniqueArray(id, { maxLength: 200 }), (ids) => {
        expect(sortIds(ids)).toEqual([...ids].sort(compareIds));
      }),
    );
  });
});
