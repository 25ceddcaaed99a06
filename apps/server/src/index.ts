export { buildApp } from './app.ts';
export { type Config, loadConfig } from './config.ts';
export { type Database, type DatabaseHandle, openDatabase, openPglite, openPostgres } from './db/database.ts';
export { verifyAuditChain } from './modules/audit/audit.service.ts';
export { type DemoSeedResult, seedDemoWorld } from './modules/seed/demo-seed.service.ts';
export {
  DEMO_ADMIN_EMAIL,
  DEMO_LOGIN_EMAIL,
  DEMO_LOGIN_PASSWORD,
} from './modules/seed/demo-world.data.ts';
export { scaleSlug } from './modules/seed/scale-organisations.generator.ts';
export { scalePlan } from './modules/seed/scale-people.generator.ts';
export {
  DEFAULT_SCALE_SEED,
  type ScaleSeedOptions,
  type ScaleSeedResult,
  seedScaleWorld,
} from './modules/seed/scale-seed.service.ts';
export {
  EXPORT_FORMAT,
  type ExportHeader,
  exportDatabase,
  type TransferSummary,
} from './modules/transfer/export.service.ts';
export { ImportFileError, importDatabase } from './modules/transfer/import.service.ts';
export { type RunningServer, startServer } from './server.ts';
