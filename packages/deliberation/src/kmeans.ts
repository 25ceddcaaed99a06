/**
 * K-means the way polismath `clusters/kmeans` does it: deterministic start from the first k distinct points
 * (`init-clusters`) or a warm start from the previous clustering (`clean-start-clusters`), assignment to the
 * closest centre, empty clusters dropped, stop when every centre moved less than 0.01 (`same-clustering?`)
 * or after max-iterations + 1 steps. Points may carry weights (group clustering weighs base clusters by size).
 */

export interface Point {
  key: string;
  x: number;
  y: number;
  weight: number;
}

export interface Cluster {
  id: number;
  members: string[];
  center: [number, number];
}

interface Working {
  id: number;
  x: number;
  y: number;
}

/** First k distinct positions in point order, ids 0..k-1 (`init-clusters`). */
export function initialClusters(points: Point[], k: number): Cluster[] {
  const seen = new Set<string>();
  const clusters: Cluster[] = [];
  for (const point of points) {
    if (clusters.length >= k) break;
    const position = `${point.x},${point.y}`;
    if (seen.has(position)) continue;
    seen.add(position);
    clusters.push({ id: clusters.length, members: [], center: [point.x, point.y] });
  }
  return clusters;
}

/** min(k, number of distinct positions), counting only until k are found. */
function distinctPositions(points: Point[], k: number): number {
  const seen = new Set<string>();
  for (const point of points) {
    if (seen.size >= k) break;
    seen.add(`${point.x},${point.y}`);
  }
  return Math.min(k, seen.size);
}

function weightedCenter(points: Point[]): [number, number] {
  let x = 0;
  let y = 0;
  let total = 0;
  for (const point of points) {
    x += point.weight * point.x;
    y += point.weight * point.y;
    total += point.weight;
  }
  return total === 0 ? [Number.NaN, Number.NaN] : [x / total, y / total];
}

/**
 * What Hamerly's k-means (Hamerly, "Making k-means even faster", SDM 2010) keeps per point between steps:
 * the assigned centre, an upper bound on the distance to it and a lower bound on the distance to every
 * other centre. They only let a step skip points whose nearest centre provably did not change; every
 * other point is compared with every centre exactly as plain Lloyd's does, so assignments are identical.
 */
interface Bounds {
  assigned: Int32Array;
  upper: Float64Array;
  lower: Float64Array;
}

// Bounds come from square roots and sums that round; a point is skipped only with this much room to spare.
const SAFE = 1 - 1e-9;

function freshBounds(count: number): Bounds {
  return {
    assigned: new Int32Array(count),
    upper: new Float64Array(count).fill(Number.POSITIVE_INFINITY),
    lower: new Float64Array(count),
  };
}

/** Half the distance from each centre to its nearest other centre (Hamerly's s(c)). */
function halfSeparations(centres: Working[]): Float64Array {
  const half = new Float64Array(centres.length).fill(Number.POSITIVE_INFINITY);
  for (let c = 0; c < centres.length; c++) {
    const centre = centres[c] as Working;
    for (let other = c + 1; other < centres.length; other++) {
      const next = centres[other] as Working;
      const distance = Math.sqrt((centre.x - next.x) ** 2 + (centre.y - next.y) ** 2) / 2;
      if (distance < (half[c] ?? 0)) half[c] = distance;
      if (distance < (half[other] ?? 0)) half[other] = distance;
    }
  }
  return half;
}

/** Nearest centre by squared distance, ties to the later centre as `min-key` does; updates the bounds. */
function nearest(point: Point, centres: Working[], bounds: Bounds, p: number): void {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  let second = Number.POSITIVE_INFINITY;
  for (let c = 0; c < centres.length; c++) {
    const centre = centres[c] as Working;
    const dx = point.x - centre.x;
    const dy = point.y - centre.y;
    const distance = dx * dx + dy * dy;
    if (distance <= bestDistance) {
      second = bestDistance;
      bestDistance = distance;
      best = c;
    } else if (distance < second) second = distance;
  }
  bounds.assigned[p] = best;
  bounds.upper[p] = Math.sqrt(bestDistance);
  bounds.lower[p] = Math.sqrt(second);
}

/** Assigns every point to its nearest centre, skipping the points the bounds prove unchanged. */
function assign(points: Point[], centres: Working[], bounds: Bounds): void {
  const half = halfSeparations(centres);
  for (let p = 0; p < points.length; p++) {
    const point = points[p] as Point;
    const current = bounds.assigned[p] ?? 0;
    const bound = Math.max(bounds.lower[p] ?? 0, half[current] ?? 0);
    if ((bounds.upper[p] ?? 0) < bound * SAFE) continue;
    const centre = centres[current];
    if (centre && Number.isFinite(bounds.upper[p] ?? 0)) {
      const upper = Math.sqrt((point.x - centre.x) ** 2 + (point.y - centre.y) ** 2);
      bounds.upper[p] = upper;
      if (upper < bound * SAFE) continue;
    }
    nearest(point, centres, bounds, p);
  }
}

/**
 * One assignment + re-centring step (`cluster-step`): nearest centre (ties to the later cluster, as
 * `min-key` does), centres re-computed from their members in point order, empty clusters dropped.
 * Leaves the bounds valid for the returned centres.
 */
function step(
  points: Point[],
  centres: Working[],
  bounds: Bounds,
): { centres: Working[]; assignment: Int32Array } {
  assign(points, centres, bounds);
  const assignment = bounds.assigned;
  const sumX = new Float64Array(centres.length);
  const sumY = new Float64Array(centres.length);
  const weight = new Float64Array(centres.length);
  const count = new Int32Array(centres.length);
  for (let p = 0; p < points.length; p++) {
    const point = points[p] as Point;
    const best = assignment[p] ?? 0;
    sumX[best] = (sumX[best] ?? 0) + point.weight * point.x;
    sumY[best] = (sumY[best] ?? 0) + point.weight * point.y;
    weight[best] = (weight[best] ?? 0) + point.weight;
    count[best] = (count[best] ?? 0) + 1;
  }
  const kept: Working[] = [];
  const renumber = new Int32Array(centres.length).fill(-1);
  const moved = new Float64Array(centres.length);
  let farthest = 0;
  centres.forEach((centre, c) => {
    if ((count[c] ?? 0) === 0) return;
    renumber[c] = kept.length;
    const next = {
      id: centre.id,
      x: (sumX[c] ?? 0) / (weight[c] ?? 1),
      y: (sumY[c] ?? 0) / (weight[c] ?? 1),
    };
    kept.push(next);
    moved[c] = Math.sqrt((next.x - centre.x) ** 2 + (next.y - centre.y) ** 2);
    farthest = Math.max(farthest, moved[c] ?? 0);
  });
  for (let p = 0; p < assignment.length; p++) {
    const old = assignment[p] ?? 0;
    bounds.upper[p] = (bounds.upper[p] ?? 0) + (moved[old] ?? 0);
    bounds.lower[p] = (bounds.lower[p] ?? 0) - farthest;
    assignment[p] = renumber[old] ?? 0;
  }
  return { centres: kept, assignment };
}

/** `same-clustering?`: centres sorted, paired, each pair closer than 0.01. */
function sameClustering(a: Working[], b: Working[]): boolean {
  const order = (list: Working[]) => [...list].sort((p, q) => p.x - q.x || p.y - q.y);
  const left = order(a);
  const right = order(b);
  const pairs = Math.min(left.length, right.length);
  for (let i = 0; i < pairs; i++) {
    const p = left[i] as Working;
    const q = right[i] as Working;
    if (Math.hypot(p.x - q.x, p.y - q.y) >= 0.01) return false;
  }
  return true;
}

/**
 * Warm start (`clean-start-clusters`): keep previous clusters whose members are still here, re-centred on
 * their current positions; merge identical centres; then split off the most distant point until there are
 * min(k, distinct points) clusters.
 */
export function warmStartClusters(points: Point[], previous: Cluster[], k: number): Cluster[] {
  const byKey = new Map(points.map((point) => [point.key, point]));
  const recentre = (cluster: Cluster): Cluster | undefined => {
    const present = cluster.members.flatMap((key) => byKey.get(key) ?? []);
    if (present.length === 0) return undefined;
    return { id: cluster.id, members: present.map((point) => point.key), center: weightedCenter(present) };
  };
  let clusters = previous.flatMap((cluster) => recentre(cluster) ?? []);
  if (clusters.length === 0) {
    const id = Math.max(-1, ...previous.map((cluster) => cluster.id)) + 1;
    clusters = [{ id, members: points.map((point) => point.key), center: weightedCenter(points) }];
  }
  const unique: Cluster[] = [];
  for (const cluster of clusters) {
    const twin = unique.findIndex(
      (other) => other.center[0] === cluster.center[0] && other.center[1] === cluster.center[1],
    );
    if (twin < 0) {
      unique.push(cluster);
      continue;
    }
    const other = unique[twin] as Cluster;
    const id = other.members.length > cluster.members.length ? other.id : cluster.id;
    const members = [...other.members, ...cluster.members];
    unique[twin] = { id, members, center: weightedCenter(members.flatMap((key) => byKey.get(key) ?? [])) };
  }
  const possible = distinctPositions(points, k);
  clusters = unique;
  for (;;) {
    clusters = clusters.map((cluster) => recentre(cluster) ?? cluster);
    if (clusters.length >= possible) return clusters;
    let farthest = { distance: -1, cluster: -1, key: '' };
    for (const point of points) {
      let nearest = { distance: Number.POSITIVE_INFINITY, cluster: -1 };
      clusters.forEach((cluster, index) => {
        const distance = Math.hypot(point.x - cluster.center[0], point.y - cluster.center[1]);
        if (distance <= nearest.distance) nearest = { distance, cluster: index };
      });
      if (nearest.distance >= farthest.distance) farthest = { ...nearest, key: point.key };
    }
    if (farthest.distance <= 0) return clusters;
    const point = byKey.get(farthest.key) as Point;
    const newId = Math.max(...clusters.map((cluster) => cluster.id)) + 1;
    clusters = clusters.map((cluster) => ({
      ...cluster,
      members: cluster.members.filter((key) => key !== farthest.key),
    }));
    clusters.push({ id: newId, members: [point.key], center: [point.x, point.y] });
  }
}

/** polismath `kmeans`, returned sorted by id; `maxIterations` defaults to Polis's 20. */
export function kmeans(
  points: Point[],
  k: number,
  options: { previous?: Cluster[] | undefined; maxIterations?: number } = {},
): Cluster[] {
  if (points.length === 0) return [];
  const start = options.previous?.length
    ? warmStartClusters(points, options.previous, k)
    : initialClusters(points, k);
  let centres: Working[] = start.map((cluster) => ({
    id: cluster.id,
    x: cluster.center[0],
    y: cluster.center[1],
  }));
  let iterationsLeft = options.maxIterations ?? 20;
  const bounds = freshBounds(points.length);
  for (;;) {
    const next = step(points, centres, bounds);
    if (iterationsLeft === 0 || sameClustering(centres, next.centres)) {
      const clusters: Cluster[] = next.centres.map((centre) => ({
        id: centre.id,
        members: [],
        center: [centre.x, centre.y],
      }));
      next.assignment.forEach((cluster, p) => {
        clusters[cluster]?.members.push((points[p] as Point).key);
      });
      return clusters.sort((a, b) => a.id - b.id);
    }
    centres = next.centres;
    iterationsLeft -= 1;
  }
}
