import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/harness.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { databaseRateLimitStore } from './rate-limit.store.ts';

type Store = InstanceType<ReturnType<typeof databaseRateLimitStore>>;

const incr = (store: Store, key: string, windowMs: number) =>
  new Promise<{ current: number; ttl: number }>((resolve, reject) =>
    store.incr(key, (error, counter) => (error || !counter ? reject(error) : resolve(counter)), windowMs),
  );
const read = (store: Store, key: string) =>
  new Promise<{ current: number; ttl: number }>((resolve, reject) =>
    store.read(key, (error, counter) => (error || !counter ? reject(error) : resolve(counter))),
  );

describe('the rate-limit store in the database', () => {
  let database: DatabaseHandle;
  let store: Store;
  beforeAll(async () => {
    database = await createTestDatabase();
    const Store = databaseRateLimitStore(database.db);
    store = new Store();
  });
  afterAll(() => database.close());

  it('counts within a window and says how long is left', async () => {
    expect(await incr(store, 'a', 60_000)).toMatchObject({ current: 1 });
    const second = await incr(store, 'a', 60_000);
    expect(second.current).toBe(2);
    expect(second.ttl).toBeGreaterThan(50_000);
    expect(second.ttl).toBeLessThanOrEqual(60_000);
    expect((await read(store, 'a')).current).toBe(2);
  });

  it('starts again once the window has passed', async () => {
    await incr(store, 'b', 50);
    await incr(store, 'b', 50);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await read(store, 'b')).toEqual({ current: 0, ttl: 0 });
    expect((await incr(store, 'b', 50)).current).toBe(1);
  });

  it('keeps the counters of different routes apart', async () => {
    const login = store.child({ routeInfo: { method: 'POST', url: '/api/auth/login' } });
    const signUp = store.child({ routeInfo: { method: 'POST', url: '/api/auth/signup' } });
    await incr(login, 'same-key', 60_000);
    await incr(login, 'same-key', 60_000);
    expect((await incr(signUp, 'same-key', 60_000)).current).toBe(1);
  });
});
