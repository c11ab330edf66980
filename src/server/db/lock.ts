import fs from 'node:fs';
import path from 'node:path';

// PGlite has no cross-process lock: a second process on the same data dir silently loses
// acknowledged writes. Every writer (server, migrations, CLI) takes this O_EXCL lock file, which
// sits beside the data dir and holds the owner's pid and command. A lock whose pid is dead is stale.

export class DataDirLockedError extends Error {
  readonly holder: LockHolder;
  constructor(lockPath: string, holder: LockHolder) {
    super(
      `The data directory is in use by another OpenKAM process (pid ${holder.pid}, "${holder.command}", ` +
        `since ${holder.startedAt}). Stop it first, or remove ${lockPath} if that process no longer exists.`,
    );
    this.holder = holder;
  }
}

type LockHolder = { pid: number; command: string; startedAt: string };

export const lockPathFor = (dataDir: string): string => `${path.resolve(dataDir)}.lock`;

// A process killed but not yet reaped by its parent (a zombie, state Z in /proc on Linux) still
// answers signal 0, yet holds nothing: its lock is stale.
const isZombie = (pid: number): boolean => {
  try {
    return /^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false; // no /proc (macOS, Windows): trust the signal
  }
};

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readHolder = (lockPath: string): LockHolder | null => {
  try {
    return JSON.parse(fs.readFileSync(lockPath, 'utf8')) as LockHolder;
  } catch {
    return null;
  }
};

export type DataDirLock = { path: string; release: () => void };

export function acquireDataDirLock(dataDir: string, command: string): DataDirLock {
  const lockPath = lockPathFor(dataDir);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const holder: LockHolder = { pid: process.pid, command, startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(holder), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (readHolder(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
      };
      process.once('exit', release);
      return { path: lockPath, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const existing = readHolder(lockPath);
      if (existing && isAlive(existing.pid)) {
        throw new DataDirLockedError(lockPath, existing);
      }
      // Stale (dead pid, or unreadable): replace it once.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}
