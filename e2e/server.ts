import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type RunningServer, startServer } from '../apps/server/src/index.ts';

export interface E2eServer {
  server: RunningServer;
  url: string;
  stop(): Promise<void>;
}

/** The real server, with the built web app, on a random port and a throw-away PGlite data directory. */
export async function startE2eServer(env: Record<string, string> = {}): Promise<E2eServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'crossgov-e2e-'));
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    CROSSGOV_DATA_DIR: join(dataDir, 'db'),
    ...env,
  });
  const server = await startServer(config);
  const address = server.app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  return {
    server,
    url,
    stop: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
