import { type DatabaseHandle, loadConfig, openDatabase } from '@crossgov/server';

/**
 * Opens the database the environment points at (DATABASE_URL, else the PGlite directory
 * CROSSGOV_DATA_DIR), brings it to the latest migration unless told not to (export only reads), runs
 * `work` and always closes it: PGlite holds a lock on its directory until then.
 */
export async function withConfiguredDatabase<T>(
  work: (database: DatabaseHandle) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (options.migrate !== false) await database.migrate();
    return await work(database);
  } finally {
    await database.close();
  }
}
