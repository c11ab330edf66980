import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const kam = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['src/cli/main.ts', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '', ...env }, timeout: 60_000 });

describe('kam command line', () => {
  it('exits 2 with a clear message on bad arguments', () => {
    const missing = kam(['user', 'create']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("required option '--username <username>'");
    const badRole = kam(['user', 'create', '--username', 'x', '--role', 'king']);
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toContain('must be one of admin, director');
    const unknown = kam(['frobnicate']);
    expect(unknown.status).toBe(2);
  });

  it('exits 2 naming the variable when the configuration is invalid', () => {
    const result = kam(['migrate'], { PORT: 'eighty' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('PORT');
  });

  it('creates an admin, lists it, and refuses the demo on a database with real users', () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kam-cli-')), 'data');
    try {
      const created = kam(['user', 'create', '--admin', '--username', 'boss', '--name', '老板'], { KAM_DATA_DIR: dataDir });
      expect(created.status, created.stderr).toBe(0);
      expect(created.stdout).toMatch(/Created admin "boss"[\s\S]*Password: \S{8,}/);
      const duplicate = kam(['user', 'create', '--username', 'boss'], { KAM_DATA_DIR: dataDir });
      expect(duplicate.status).toBe(1);
      expect(duplicate.stderr).toContain('username is already taken');
      const demo = kam(['demo'], { KAM_DATA_DIR: dataDir });
      expect(demo.status).toBe(1);
      expect(demo.stderr).toContain('real user');
    } finally {
      fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
    }
  });
});

describe('kam import', () => {
  it('imports a CSV as the named owner, and imports nothing from a file with an error', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kam-import-'));
    const dataDir = path.join(dir, 'data');
    try {
      expect(kam(['user', 'create', '--username', 'owner1', '--password', 'owner-pass-1'], { KAM_DATA_DIR: dataDir }).status).toBe(0);
      const good = path.join(dir, 'good.csv');
      fs.writeFileSync(good, '客户名称,电话\n萦丰电子,0769-88888888\n柏安五金,\n');
      const imported = kam(['import', 'accounts', good, '--owner', 'owner1'], { KAM_DATA_DIR: dataDir });
      expect(imported.status, imported.stderr).toBe(0);
      expect(imported.stdout).toContain('Imported: 2 created');
      const bad = path.join(dir, 'bad.csv');
      fs.writeFileSync(bad, '客户名称,电话\n新客户,12345\n');
      const refused = kam(['import', 'accounts', bad, '--owner', 'owner1'], { KAM_DATA_DIR: dataDir });
      expect(refused.status).toBe(1);
      expect(refused.stdout).toContain('row 2, 电话');
      expect(refused.stderr).toContain('Nothing was imported');
      const dry = kam(['import', 'accounts', good, '--owner', 'owner1', '--dry-run'], { KAM_DATA_DIR: dataDir });
      expect(dry.stdout).toContain('2 duplicate(s)');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('kam import sales reports every bad row by row and column and imports nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kam-import-sales-'));
    try {
      const file = path.join(dir, 'sales.csv');
      fs.writeFileSync(file, '日期,客户名称,品名,数量,金额\n2026-03-01,没有的客户,液压油,-2,-500\n');
      const refused = kam(['import', 'sales', file], { KAM_DATA_DIR: path.join(dir, 'data') });
      expect(refused.status).toBe(1);
      expect(refused.stdout).toContain('row 2, 客户名称');
      expect(refused.stdout).toContain('row 2, 品名');
      expect(refused.stdout).toContain('QUANTITY_NEGATIVE_NOT_RETURN');
      expect(refused.stderr).toContain('Nothing was imported');
      expect(kam(['import', 'accounts', file]).status).toBe(2); // accounts need --owner
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
