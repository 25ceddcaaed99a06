import { type Cluster, kmeans, type Point } from './kmeans.ts';

/**
 * Opinion groups over base clusters (polismath `conversation.clj :group-clusterings`, `:group-k-smoother`):
 * weighted k-means for k = 2..min(5, 2 + floor(n_base / 12)), the k with the best silhouette, and a
 * smoother that moves to a new k only after it has won `buffer` (4) updates in a row.
 */

export interface KSmoother {
  lastK: number;
  lastKCount: number;
  smoothedK: number;
}

/** polismath `max-k-fn`. */
export function maxGroupCount(baseClusters: number, ceiling = 5): number {
  return Math.min(ceiling, 2 + Math.floor(baseClusters / 12));
}

/**
 * Mean silhouette over the clustered points (polismath `clusters/silhouette`): a = mean distance to the own
 * cluster's other members, b = the smallest mean distance to another cluster; a member alone in its cluster
 * scores 0. Unweighted, on base-cluster centres.
 */
export function silhouette(points: Point[], clusters: Cluster[]): number {
  const byKey = new Map(points.map((point) => [point.key, point]));
  // Members resolved to points once (the naive form filtered and looked them up again for every point).
  const resolved = clusters.map((cluster) => cluster.members.flatMap((key) => byKey.get(key) ?? []));
  const scores: number[] = [];
  clusters.forEach((own, ownIndex) => {
    for (const key of own.members) {
      const point = byKey.get(key);
      if (!point) continue;
      if (own.members.length === 1) {
        scores.push(0);
        continue;
      }
      let a = 0;
      let b = Number.POSITIVE_INFINITY;
      resolved.forEach((others, index) => {
        let sum = 0;
        let count = 0;
        for (const other of others) {
          if (other.key === key) continue;
          sum += Math.hypot(point.x - other.x, point.y - other.y);
          count += 1;
        }
        if (count === 0) return;
        const mean = sum / count;
        if (index === ownIndex) a = mean;
        else b = Math.min(b, mean);
      });
      if (!Number.isFinite(b)) b = a;
      const larger = Math.max(a, b);
      scores.push(larger === 0 ? 0 : (b - a) / larger);
    }
  });
  return scores.length === 0 ? 0 : scores.reduce((sum, score) => sum + score, 0) / scores.length;
}

/** One update of polismath's `:group-k-smoother`; ties in silhouette go to the larger k (`max-key`). */
export function smoothK(
  previous: KSmoother | undefined,
  silhouettes: Map<number, number>,
  buffer = 4,
): KSmoother {
  let thisK = 0;
  let best = Number.NEGATIVE_INFINITY;
  for (const [k, score] of [...silhouettes].sort((a, b) => a[0] - b[0])) {
    if (score >= best) {
      best = score;
      thisK = k;
    }
  }
  const same = previous ? previous.lastK === thisK : false;
  const lastKCount = same && previous ? previous.lastKCount + 1 : 1;
  const smoothedK = lastKCount >= buffer ? thisK : (previous?.smoothedK ?? thisK);
  return { lastK: thisK, lastKCount, smoothedK };
}

export interface GroupClustering {
  /** Clustering per tried k, kept to warm-start the next update. */
  byK: Map<number, Cluster[]>;
  silhouettes: Map<number, number>;
  smoother: KSmoother;
  chosen: Cluster[];
}

/**
 * Clusters the base clusters into groups. `points` are base-cluster centres keyed by base-cluster id and
 * weighted by member count; `forceK` pins k (used to compare with Polis when its smoothed k is known).
 */
export function clusterGroups(
  points: Point[],
  options: {
    previous?: Map<number, Cluster[]> | undefined;
    smoother?: KSmoother | undefined;
    ceiling?: number;
    forceK?: number;
  } = {},
): GroupClustering {
  const byK = new Map<number, Cluster[]>();
  const silhouettes = new Map<number, number>();
  const top = maxGroupCount(points.length, options.ceiling);
  for (let k = 2; k <= top; k++) {
    const clustering = kmeans(points, k, { previous: options.previous?.get(k), maxIterations: 20 });
    byK.set(k, clustering);
    silhouettes.set(k, silhouette(points, clustering));
  }
  const smoother = smoothK(options.smoother, silhouettes);
  const k = options.forceK ?? smoother.smoothedK;
  const chosen = byK.get(k) ?? kmeans(points, k, { previous: options.previous?.get(k), maxIterations: 20 });
  return { byK, silhouettes, smoother, chosen };
}
