import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { Size } from '../../src/server/generate/sizes.ts';

// Generated data sets are kept between runs (generation of L takes minutes).
export type Target = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

const generate = (env: Record<string, string>, size: Size, seed: number) => {
  const result = spawnSync(process.execPath, ['src/cli/main.ts', 'generate', '--size', size, '--seed', String(seed)], {
    env: { ...process.env, ...env },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('kam generate failed');
};

export async function prepareData(kind: 'pglite' | 'postgres', size: Size, seed: number, serverUrl: string): Promise<Target> {
  if (kind === 'pglite') {
    const dataDir = path.resolve(`bench/.data/pglite-${size}-${seed}`);
    const marker = `${dataDir}.generated`;
    if (!fs.existsSync(marker)) {
      fs.rmSync(dataDir, { recursive: true, force: true });
      generate({ KAM_DATA_DIR: dataDir, DATABASE_URL: '' }, size, seed);
      fs.writeFileSync(marker, new Date().toISOString());
    }
    return { kind, dataDir };
  }
  const name = `kam_bench_${size.toLowerCase()}_${seed}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  let ready = false;
  if (exists) {
    const probe = new pg.Client({ connectionString: url.toString() });
    await probe.connect();
    ready = await probe.query("select count(*)::int as n from accounts").then((r) => r.rows[0].n > 0, () => false);
    await probe.end();
  }
  if (!ready) {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  }
  await admin.end();
  if (!ready) generate({ DATABASE_URL: url.toString() }, size, seed);
  return { kind, url: url.toString() };
}

export const serverEnv = (target: Target): Record<string, string> =>
  target.kind === 'pglite' ? { KAM_DATA_DIR: target.dataDir, DATABASE_URL: '' } : { DATABASE_URL: target.url };
