import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { testDatabaseUrl } from '../../../src/server/config.ts';
import { openPglite, openPostgres, type Database } from '../../../src/server/db/connection.ts';
import type { Env } from './processes.ts';

// Where a gate's database lives: a PGlite data dir under a temp dir, or a database of its own on
// the PostgreSQL server at TEST_DATABASE_URL, created for the run and dropped after it.

export type Mode = 'pglite' | 'postgres';
export type Target = { mode: Mode; name: string; env: Env; open: () => Promise<Database>; drop: () => Promise<void> };

export const MODES: Mode[] = ['pglite', 'postgres'];

export function tempRoot(prefix: string): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTarget(mode: Mode, root: string, label: string): Promise<Target> {
  if (mode === 'pglite') {
    const dataDir = path.join(root, label);
    return {
      mode,
      name: dataDir,
      env: { KAM_DATA_DIR: dataDir, DATABASE_URL: '' },
      // Only while no server holds the directory (the lock would refuse the server otherwise).
      open: () => openPglite(dataDir),
      drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `kam_gate_${label.replace(/\W/g, '_')}_${randomBytes(4).toString('hex')}`;
  await onServer(`create database ${name}`);
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  return {
    mode,
    name,
    env: { DATABASE_URL: url.toString() },
    open: () => openPostgres(url.toString()),
    drop: () => onServer(`drop database if exists ${name} with (force)`),
  };
}

// Fixed in CI, printed always, overridable to replay a failure: GATE_SEED=1234 npm run test:crash.
export function gateSeed(): number {
  const fromEnv = Number(process.env.GATE_SEED);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 20261123;
}

// mulberry32: small, seedable, good enough to choose kill times and operations.
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
