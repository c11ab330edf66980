import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const webDist = path.join(root, 'dist/web/index.html');
const inputs = ['src/web', 'src/domain', 'index.html', 'vite.config.ts', 'package.json'].map((p) => path.join(root, p));

const newestMtime = (target: string): number => {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
};

// `npm start` builds the UI when it is missing or older than its sources; a second start does not.
export async function ensureWebBuilt(): Promise<void> {
  const builtAt = fs.existsSync(webDist) ? fs.statSync(webDist).mtimeMs : 0;
  const sourcesAt = Math.max(...inputs.map(newestMtime));
  if (builtAt >= sourcesAt) return;
  console.log(builtAt === 0 ? 'Building the UI (first start)…' : 'UI sources changed; rebuilding…');
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  if (!fs.existsSync(vite)) {
    console.warn('vite is not installed (production install?); serving the API without the UI.');
    return;
  }
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The UI build failed (see above).');
}
