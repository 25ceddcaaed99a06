/** Tenths of the range: enough to see a distribution's shape, few enough to read as a table. */
export const BINS = 10;

/** How many volunteers fall in each tenth of the range from 0 to the highest probability. */
export function histogram(probabilities: readonly number[]) {
  const top = Math.max(...probabilities, 1e-9);
  const counts = Array.from({ length: BINS }, () => 0);
  for (const p of probabilities) {
    const bin = Math.min(BINS - 1, Math.floor((p / top) * BINS));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts.map((count, i) => ({ from: (top * i) / BINS, to: (top * (i + 1)) / BINS, count }));
}
