import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { type DatabaseHandle, openDatabase } from './db/database.ts';
import { eraseDuePersonalData } from './modules/assemblies/assembly-retention.service.ts';
import { failInterruptedRuns } from './modules/assemblies/assembly-selection.service.ts';
import { deliverPendingMail } from './modules/mail/mail.service.ts';
import { createSmtpTransport } from './modules/mail/smtp-transport.ts';

/** How often every process looks for assemblies whose personal data are due for erasure. */
const RETENTION_SWEEP_MS = 5 * 60_000;

export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
  stop(): Promise<void>;
}

/** Opens the database, applies migrations, and serves the API and the web app on the configured port. */
export async function startServer(
  config: Config,
  options: { beforeListen?: (database: DatabaseHandle) => Promise<void> } = {},
): Promise<RunningServer> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
  });
  try {
    await database.migrate();
    // Selection runs whose process stopped can never finish: fail them now and whenever one goes quiet.
    await failInterruptedRuns(database.db);
    // Volunteers' personal data are kept only until the assembly's erasure date: erase the due ones now and
    // every few minutes.
    await eraseDuePersonalData(database.db);
    await options.beforeListen?.(database);
    const mailTransport = config.smtpUrl ? createSmtpTransport(config.smtpUrl) : undefined;
    const app = await buildApp({
      config,
      database,
      mailTransport,
      logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    });
    await app.listen({ port: config.port, host: config.host });
    const timer = mailTransport
      ? setInterval(() => {
          deliverPendingMail(database.db, mailTransport, config.mailFrom).catch((error: unknown) =>
            app.log.error({ err: error }, 'mail delivery failed'),
          );
        }, 5000)
      : undefined;
    timer?.unref();
    const sweep = setInterval(() => {
      failInterruptedRuns(database.db).catch((error: unknown) =>
        app.log.error({ err: error }, 'failing interrupted selection runs failed'),
      );
    }, 15_000);
    sweep.unref();
    const retention = setInterval(() => {
      eraseDuePersonalData(database.db).catch((error: unknown) =>
        app.log.error({ err: error }, 'erasing assemblies’ personal data failed'),
      );
    }, RETENTION_SWEEP_MS);
    retention.unref();
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    return {
      app,
      database,
      url: `http://localhost:${port}`,
      stop: async () => {
        if (timer) clearInterval(timer);
        clearInterval(sweep);
        clearInterval(retention);
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
