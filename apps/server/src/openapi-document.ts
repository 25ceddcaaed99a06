import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openPglite } from './db/database.ts';

/** The OpenAPI document as committed in packages/sdk/openapi.json (stable key order, trailing newline). */
export async function generateOpenApi(): Promise<string> {
  const database = await openPglite({ dataDir: 'memory://' });
  try {
    const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent' }), database, serveWeb: false });
    await app.ready();
    const document = app.swagger();
    await app.close();
    return `${JSON.stringify(document, null, 2)}\n`;
  } finally {
    await database.close();
  }
}
