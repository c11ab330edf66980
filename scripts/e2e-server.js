// Starts a server for the end-to-end tests on a fresh, empty embedded database (first run).
//
// It runs from a snapshot of the working tree in test-results/e2e-app (node_modules linked), and
// `kam start` builds the UI into the snapshot's own dist/web. So a `vite build` run in the checkout
// meanwhile (it empties dist/web and renames the hashed chunks) or a half-saved source file cannot
// break a run that is under way. Copying and building take a few seconds.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const port = process.argv[2] ?? '3100';
const root = process.cwd();
const results = port === '3100' ? 'test-results' : `test-results/port-${port}`;
const app = path.join(root, results, 'e2e-app');
const dataDir = path.join(root, results, 'e2e-data');

// What the server and the UI build read, relative to the repository root.
const SNAPSHOT = ['src', 'migrations', 'public', 'index.html', 'vite.config.ts', 'package.json'];

fs.rmSync(app, { recursive: true, force: true });
fs.mkdirSync(app, { recursive: true });
for (const entry of SNAPSHOT) {
  fs.cpSync(path.join(root, entry), path.join(app, entry), { recursive: true, filter: (source) => !source.endsWith('.test.ts') });
}
fs.symlinkSync(path.join(root, 'node_modules'), path.join(app, 'node_modules'), 'dir');

fs.rmSync(dataDir, { recursive: true, force: true });
fs.rmSync(`${dataDir}.lock`, { force: true });

const child = spawn(process.execPath, ['src/cli/main.ts', 'start'], {
  cwd: app,
  stdio: 'inherit',
  env: { ...process.env, PORT: port, KAM_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
