import { parseArgs } from 'node:util';
import type { BenchDatabaseKind } from './lib/databases.ts';

export interface BenchOptions {
  /** Organisations to seed (people N/2, spaces N/10). */
  scale: number;
  /** Measured seconds per target. */
  seconds: number;
  connections: number;
  seed: number;
  databases: BenchDatabaseKind[];
  /** Any database on the server; the bench creates and drops its own database beside it. */
  postgresUrl: string;
  poolSize: number;
}

const DATABASE_KINDS: readonly BenchDatabaseKind[] = ['postgres', 'pglite'];

function whole(value: string | undefined, fallback: number, name: string, min: number, max: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max)
    throw new Error(`--${name} must be a whole number from ${min} to ${max}`);
  return parsed;
}

/** `npm run bench -- <name> [--scale N] [--seconds S] [--connections C] [--databases postgres,pglite]`. */
export function parseBenchArguments(argv: string[]): { name: string | undefined; options: BenchOptions } {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      scale: { type: 'string' },
      seconds: { type: 'string' },
      connections: { type: 'string' },
      seed: { type: 'string' },
      databases: { type: 'string' },
      'postgres-url': { type: 'string' },
      'pool-size': { type: 'string' },
    },
  });
  const databases = (values.databases ?? 'postgres,pglite').split(',').map((kind) => kind.trim());
  const unknown = databases.filter((kind) => !DATABASE_KINDS.includes(kind as BenchDatabaseKind));
  if (unknown.length > 0)
    throw new Error(`--databases takes postgres and/or pglite, not ${unknown.join(', ')}`);
  const postgresUrl = values['postgres-url'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const host = new URL(postgresUrl).hostname;
  // Benchmarks stay on this machine: they must never load a shared or remote server.
  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host))
    throw new Error('--postgres-url must point at the loopback interface');
  return {
    name: positionals[0],
    options: {
      scale: whole(values.scale, 100_000, 'scale', 10, 2_000_000),
      seconds: whole(values.seconds, 10, 'seconds', 1, 120),
      connections: whole(values.connections, 64, 'connections', 1, 1024),
      seed: whole(values.seed, 42, 'seed', -(2 ** 31), 2 ** 32 - 1),
      databases: databases as BenchDatabaseKind[],
      postgresUrl,
      poolSize: whole(values['pool-size'], 10, 'pool-size', 1, 200),
    },
  };
}
