/** Only a path on this site: `//evil.example` or `/\evil.example` would send the person elsewhere. */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !/^\/(?![/\\])[^\s]*$/.test(value)) return '/';
  return value;
}
