import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './processes.ts';

// Each gate prints its figures (QUALITY.md) and keeps them in test-results/gates/<name>.json.
export function report(name: string, figures: Record<string, unknown>): void {
  const line = Object.entries(figures)
    .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(' ');
  console.log(`[gate ${name}] ${line}`);
  const dir = path.join(repoRoot, 'test-results', 'gates');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify({ ...figures, at: new Date().toISOString() }, null, 2)}\n`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
