import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../src/app.ts';
import { type Config, loadConfig } from '../src/config.ts';
import { type DatabaseHandle, openPglite, openPostgres } from '../src/db/database.ts';
import type { MailTransport } from '../src/modules/mail/mail.service.ts';
import { databaseUrlWithName } from './pg-url.ts';

/** A fresh, migrated database cloned from the run's template: PGlite unless DATABASE_URL is set. */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `crossgov_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query(`create database ${name} template ${inject('postgresTemplate')}`);
    } finally {
      await admin.end();
    }
    const handle = await openPostgres(databaseUrlWithName(url, name), 4);
    return {
      ...handle,
      close: async () => {
        await handle.close();
        // pool.end() resolves before its sockets are gone; a forced drop would then kill connections the pool
        // still listens to (57P01). Wait until the database is idle and drop it plainly.
        const cleanup = new pg.Client({ connectionString: url });
        await cleanup.connect();
        try {
          for (let attempt = 0; ; attempt++) {
            try {
              await cleanup.query(`drop database if exists ${name}`);
              break;
            } catch (error) {
              if (attempt >= 50) throw error;
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
          }
        } finally {
          await cleanup.end();
        }
      },
    };
  }
  const template = readFileSync(inject('pgliteTemplate'));
  return openPglite({ dataDir: 'memory://', loadDataDir: new Blob([template]) });
}

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  config: Config;
  close(): Promise<void>;
}

export async function createTestApp(
  options: { env?: Record<string, string>; mailTransport?: MailTransport } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({ LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT: '1000', ...options.env });
  const app = await buildApp({ config, database, mailTransport: options.mailTransport, serveWeb: false });
  await app.ready();
  return {
    app,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
