import { loadConfig } from './config.ts';
import { startServer } from './server.ts';

const server = await startServer(loadConfig());
const shutdown = () => {
  server.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
