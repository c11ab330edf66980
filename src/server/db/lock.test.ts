import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, lockPathFor } from './lock.ts';

const dirs: string[] = [];
const tempDataDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kam-lock-'));
  dirs.push(dir);
  return path.join(dir, 'data');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('data directory lock', () => {
  it('refuses a second holder and names the first', () => {
    const dataDir = tempDataDir();
    const lock = acquireDataDirLock(dataDir, 'kam start');
    try {
      expect(() => acquireDataDirLock(dataDir, 'kam demo')).toThrow(DataDirLockedError);
      expect(() => acquireDataDirLock(dataDir, 'kam demo')).toThrow(`pid ${process.pid}, "kam start"`);
    } finally {
      lock.release();
    }
    acquireDataDirLock(dataDir, 'kam start again').release();
  });

  it('replaces a lock whose process is dead', () => {
    const dataDir = tempDataDir();
    fs.writeFileSync(lockPathFor(dataDir), JSON.stringify({ pid: 2 ** 22 + 12345, command: 'kam start', startedAt: 'yesterday' }));
    const lock = acquireDataDirLock(dataDir, 'kam start');
    expect(JSON.parse(fs.readFileSync(lock.path, 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(fs.existsSync(lock.path)).toBe(false);
  });

  // Right after `kill -9` the holder lingers as a zombie until its parent reaps it. Here the
  // parent (a shell that exec'd into sleep) never does.
  it.runIf(fs.existsSync('/proc/self/stat'))('replaces a lock whose process was killed but not yet reaped', async () => {
    const dataDir = tempDataDir();
    const parent = spawn('sh', ['-c', 'sleep 60 & echo $!; exec sleep 60']);
    try {
      const holder = Number(await new Promise<string>((resolve) => parent.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()))));
      process.kill(holder, 'SIGKILL');
      await expect.poll(() => fs.readFileSync(`/proc/${holder}/stat`, 'utf8').split(') ')[1][0]).toBe('Z');
      fs.writeFileSync(lockPathFor(dataDir), JSON.stringify({ pid: holder, command: 'kam start', startedAt: 'just now' }));
      const lock = acquireDataDirLock(dataDir, 'kam start');
      expect(JSON.parse(fs.readFileSync(lock.path, 'utf8')).pid).toBe(process.pid);
      lock.release();
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it('makes a second process exit with code 75 within 2 s, naming the holder', () => {
    const dataDir = tempDataDir();
    const lock = acquireDataDirLock(dataDir, 'kam start');
    try {
      const started = Date.now();
      const child = spawnSync(process.execPath, ['src/cli/main.ts', 'migrate'], {
        env: { ...process.env, KAM_DATA_DIR: dataDir, DATABASE_URL: '' },
        encoding: 'utf8',
        timeout: 10_000,
      });
      expect(child.status).toBe(75);
      expect(child.stderr).toContain(`pid ${process.pid}`);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(fs.existsSync(dataDir)).toBe(false); // it never opened the database
    } finally {
      lock.release();
    }
  });
});
