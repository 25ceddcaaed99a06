import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir, takeOverStaleLock } from './data-dir-lock.ts';

const CLI = fileURLToPath(new URL('../../../cli/bin/crossgov.js', import.meta.url));
const LOCK_MODULE = new URL('./data-dir-lock.ts', import.meta.url).href;

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

  it('never removes a live lock that replaced the stale one it meant to take over', () => {
    // Another process took over first: the file now names a live process (this one stands in for it).
    writeFileSync(`${dataDir}.lock`, String(process.pid));
    takeOverStaleLock(`${dataDir}.lock`, endedPid());
    expect(readFileSync(`${dataDir}.lock`, 'utf8')).toBe(String(process.pid));
  });

  it('removes the stale lock it was asked to, and leaves nothing aside', () => {
    const stale = endedPid();
    writeFileSync(`${dataDir}.lock`, String(stale));
    takeOverStaleLock(`${dataDir}.lock`, stale);
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('lets exactly one of two takers have a lock left by a crash', () => {
    writeFileSync(`${dataDir}.lock`, String(endedPid()));
    const script = `import('${LOCK_MODULE}').then(({ lockDataDir }) => {
      try { lockDataDir(process.argv[1]); console.log('took'); setTimeout(() => {}, 4000); }
      catch (error) { console.log('refused'); }
    })`;
    const takers = [0, 1].map(
      () =>
        new Promise<string>((resolve) => {
          const child = spawn(process.execPath, ['--import', 'tsx', '-e', script, dataDir], {
            stdio: 'pipe',
          });
          let output = '';
          child.stdout.on('data', (chunk) => {
            output += String(chunk);
          });
          child.on('close', () => resolve(output.trim()));
        }),
    );
    return Promise.all(takers).then((outcomes) => expect(outcomes.sort()).toEqual(['refused', 'took']));
  });
});
