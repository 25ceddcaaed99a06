import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';

const CLI = fileURLToPath(new URL('../../../cli/bin/crossgov.js', import.meta.url));

/** The pid of a process that has already ended, so a lock naming it is stale. */
function endedPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

describe('the PGlite data-directory lock', () => {
  let folder: string;
  let dataDir: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'crossgov-lock-'));
    dataDir = join(folder, 'data');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('writes this process id beside the data directory and removes it on release', () => {
    const release = lockDataDir(dataDir);
    expect(readFileSync(`${dataDir}.lock`, 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('refuses a second opening in the same process', () => {
    const release = lockDataDir(dataDir);
    try {
      expect(() => lockDataDir(dataDir)).toThrow(DataDirLockedError);
    } finally {
      release();
    }
  });

  it('makes a second crossgov process fail at once, naming the directory and the holder', () => {
    const release = lockDataDir(dataDir);
    try {
      const second = spawnSync(process.execPath, [CLI, 'migrate'], {
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: '', CROSSGOV_DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
        timeout: 60_000,
      });
      expect(second.status).toBe(1);
      expect(second.stderr).toContain(`The embedded database at ${dataDir} is already in use`);
      expect(second.stderr).toContain(`(pid ${process.pid})`);
      // The holder's lock is untouched.
      expect(readFileSync(`${dataDir}.lock`, 'utf8')).toBe(String(process.pid));
    } finally {
      release();
    }
  });

  it('takes over a lock left behind by a process that no longer runs', () => {
    writeFileSync(`${dataDir}.lock`, String(endedPid()));
    const release = lockDataDir(dataDir);
    expect(readFileSync(`${dataDir}.lock`, 'utf8')).toBe(String(process.pid));
    release();
  });
});
