/** Dotted key paths of a nested catalogue: `{ nav: { signIn: '…' } }` -> `['nav.signIn']`. */
export function keyPaths(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' && value !== null ? keyPaths(value, path) : [path];
  });
}

/** The value at a dotted path, or undefined. */
export function valueAt(catalogue: object, path: string): unknown {
  let current: unknown = catalogue;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** The `{{name}}` placeholders of a text, sorted, so two languages can be compared. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}
