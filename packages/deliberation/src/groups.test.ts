import { describe, expect, it } from 'vitest';
import { clusterGroups, maxGroupCount, smoothK } from './groups.ts';
import { initialClusters, kmeans } from './kmeans.ts';

describe('group count smoothing (Polis group-k-buffer 4)', () => {
  it('switches to a new best k only after it won 4 updates in a row', () => {
    const best3 = new Map([
      [2, 0.1],
      [3, 0.5],
    ]);
    const best2 = new Map([
      [2, 0.6],
      [3, 0.5],
    ]);
    let state = smoothK(undefined, best2);
    expect(state.smoothedK).toBe(2);
    const seen: number[] = [];
    for (let update = 0; update < 5; update++) {
      state = smoothK(state, best3);
      seen.push(state.smoothedK);
    }
    expect(seen).toEqual([2, 2, 2, 3, 3]);
  });

  it('tries k = 2 .. min(5, 2 + floor(base clusters / 12))', () => {
    expect([maxGroupCount(11), maxGroupCount(12), maxGroupCount(100)]).toEqual([2, 3, 5]);
  });
});

describe('Polis k-means', () => {
  const point = (key: string, x: number, y: number) => ({ key, x, y, weight: 1 });

  it('starts from the first k distinct points', () => {
    const points = [point('a', 0, 0), point('b', 0, 0), point('c', 5, 5), point('d', 9, 9)];
    expect(initialClusters(points, 2).map((cluster) => cluster.center)).toEqual([
      [0, 0],
      [5, 5],
    ]);
  });

  it('separates two clear groups, and a warm start keeps their ids', () => {
    const points = [point('a', 0, 0), point('b', 0, 1), point('c', 10, 10), point('d', 10, 11)];
    const first = kmeans(points, 2);
    expect(first.map((cluster) => cluster.members.sort())).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const moved = [...points, point('e', 10, 12)];
    const again = kmeans(moved, 2, { previous: first });
    expect(again.map((cluster) => [cluster.id, cluster.members.sort()])).toEqual([
      [0, ['a', 'b']],
      [1, ['c', 'd', 'e']],
    ]);
  });

  it('weighs points by size when grouping base clusters', () => {
    const points = [
      { key: '0', x: 0, y: 0, weight: 3 },
      { key: '1', x: 1, y: 0, weight: 1 },
      { key: '2', x: 10, y: 0, weight: 1 },
    ];
    const grouping = clusterGroups(points);
    expect(grouping.chosen[0]?.center[0]).toBeCloseTo(0.25, 12);
  });
});
