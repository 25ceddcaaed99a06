/**
 * Adjusted Rand index (Hubert & Arabie 1985, "Comparing partitions", J. Classification 2:193-218): agreement
 * of two labellings of the same items, 1 for identical partitions, about 0 for chance. Only items labelled
 * in both are compared.
 */
export function adjustedRandIndex(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): number {
  const table = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  let n = 0;
  for (const [item, left] of a) {
    const right = b.get(item);
    if (right === undefined) continue;
    n += 1;
    const key = `${left}\u0000${right}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(left, (rows.get(left) ?? 0) + 1);
    cols.set(right, (cols.get(right) ?? 0) + 1);
  }
  const pairs = (count: number) => (count * (count - 1)) / 2;
  const sum = (values: Iterable<number>) => [...values].reduce((total, value) => total + pairs(value), 0);
  const index = sum(table.values());
  const rowPairs = sum(rows.values());
  const colPairs = sum(cols.values());
  const all = pairs(n);
  if (all === 0) return 1;
  const expected = (rowPairs * colPairs) / all;
  const maximum = (rowPairs + colPairs) / 2;
  if (maximum === expected) return 1;
  return (index - expected) / (maximum - expected);
}
