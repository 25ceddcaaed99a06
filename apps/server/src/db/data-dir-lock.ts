import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database at ${dataDir} is already in use by another Crossgov process (pid ${pid}). ` +
        'PGlite allows one process at a time: stop the other process, choose another CROSSGOV_DATA_DIR, ' +
        'or set DATABASE_URL to use a PostgreSQL server that several processes can share.',
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isInteger(pid) ? pid : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Removes a lock left by `stalePid`, a process that no longer runs, without ever removing a live one: the file is
 * first moved aside (atomic, so of two processes taking over at once only one gets it), then looked at. If a
 * process had meanwhile replaced the stale lock by its own, that lock is put back (a hard link creates the name
 * only if it is still free).
 */
export function takeOverStaleLock(lockPath: string, stalePid: number | null): void {
  const aside = `${lockPath}.${process.pid}.${randomUUID()}`;
  try {
    renameSync(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // someone else moved it first
    throw error;
  }
  try {
    if (readPid(aside) === stalePid) return;
    try {
      linkSync(aside, lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  } finally {
    rmSync(aside, { force: true });
  }
}

/**
 * Holds `<dataDir>.lock` for as long as this process uses the PGlite data directory.
 * A lock left by a process that no longer runs is taken over; a live one fails at once.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  mkdirSync(dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    // Written aside and linked into place, so the lock never exists without its process id in it.
    const written = `${lockPath}.${process.pid}.${randomUUID()}`;
    writeFileSync(written, String(process.pid));
    try {
      linkSync(written, lockPath);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        rmSync(lockPath, { force: true });
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = readPid(lockPath);
      if (pid === process.pid) throw new DataDirLockedError(dataDir, pid);
      if (pid !== null && isAlive(pid)) throw new DataDirLockedError(dataDir, pid);
      takeOverStaleLock(lockPath, pid);
    } finally {
      rmSync(written, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}
