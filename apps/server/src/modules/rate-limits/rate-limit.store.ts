import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../db/database.ts';

interface Counter {
  current: number;
  /** Milliseconds left in the window. */
  ttl: number;
}

type Callback = (error: Error | null, counter?: Counter) => void;

/** What the plugin hands a store: its options, and for a route's store that route. */
interface StoreOptions {
  routeInfo?: { method?: string | string[]; url?: string };
}

/** Expired rows are removed now and then, by whichever process happens to count. */
const SWEEP_EVERY = 200;

async function increment(db: Database, key: string, windowMs: number): Promise<Counter> {
  const [row] = await queryRows<Counter>(
    db,
    sql`insert into rate_limit_counters (key, count, reset_at)
      values (${key}, 1, now() + ${windowMs} * interval '1 millisecond')
      on conflict (key) do update set
        count = case when rate_limit_counters.reset_at <= now() then 1 else rate_limit_counters.count + 1 end,
        reset_at = case when rate_limit_counters.reset_at <= now() then excluded.reset_at
          else rate_limit_counters.reset_at end
      returning count as current,
        greatest(0, floor(extract(epoch from (reset_at - now())) * 1000))::int as ttl`,
  );
  if (!row) throw new Error('the rate-limit counter was not written');
  return row;
}

async function read(db: Database, key: string): Promise<Counter> {
  const [row] = await queryRows<Counter>(
    db,
    sql`select count as current, greatest(0, floor(extract(epoch from (reset_at - now())) * 1000))::int as ttl
      from rate_limit_counters where key = ${key} and reset_at > now()`,
  );
  return row ?? { current: 0, ttl: 0 };
}

/**
 * A store for @fastify/rate-limit in Crossgov's own database (PGlite or PostgreSQL), so that several app
 * processes share one budget instead of each granting its own. Each route's counters are kept apart by the
 * route's method and URL, as the plugin's in-memory store does.
 */
export function databaseRateLimitStore(db: Database) {
  let calls = 0;
  return class DatabaseRateLimitStore {
    private readonly scope: string;

    constructor(options: object = {}) {
      const route = (options as StoreOptions).routeInfo;
      this.scope = `${String(route?.method ?? '')} ${route?.url ?? ''}`.trim();
    }

    incr(key: string, callback: Callback, timeWindow: number): void {
      calls += 1;
      const sweep =
        calls % SWEEP_EVERY === 0
          ? queryRows(db, sql`delete from rate_limit_counters where reset_at < now()`)
          : Promise.resolve([]);
      sweep
        .then(() => increment(db, `${this.scope}|${key}`, timeWindow))
        .then((counter) => callback(null, counter), callback);
    }

    read(key: string, callback: Callback): void {
      read(db, `${this.scope}|${key}`).then((counter) => callback(null, counter), callback);
    }

    child(options: object): DatabaseRateLimitStore {
      return new DatabaseRateLimitStore(options);
    }
  };
}
