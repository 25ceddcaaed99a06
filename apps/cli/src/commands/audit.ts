import { type DatabaseHandle, verifyAuditChain } from '@crossgov/server';
import type { Command } from 'commander';
import { withConfiguredDatabase } from './configured-database.ts';

/** Checks the audit log's hash chain; returns the report line and whether the chain is intact. */
export async function runAuditVerify(database: DatabaseHandle): Promise<{ ok: boolean; message: string }> {
  const report = await verifyAuditChain(database.db);
  if (report.ok) {
    const head = report.head ? ` Newest entry ${report.head.seq}, hash ${report.head.hash}.` : '';
    return { ok: true, message: `Audit log OK: ${report.entries} entries, hash chain intact.${head}` };
  }
  return {
    ok: false,
    message: `Audit log BROKEN at entry ${report.firstBrokenSeq}: ${report.problem} (checked ${report.entries} entries).`,
  };
}

export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('Inspect the tamper-evident audit log');
  audit
    .command('verify')
    .description('Recompute every hash of the audit log; exit code 1 names the first altered entry')
    .action(async () => {
      const result = await withConfiguredDatabase(runAuditVerify, { migrate: false });
      if (result.ok) {
        console.log(result.message);
        return;
      }
      console.error(result.message);
      process.exitCode = 1;
    });
}
