#!/usr/bin/env node
// The `kam` command. The CLI is TypeScript run by Node 24's type stripping.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`kam needs Node.js 24 (found ${process.version}); run it through \`npx kam\` or \`npm run kam --\`.`);
  process.exit(1);
}

// A small young generation keeps the server's idle memory and an import's peak about a third
// lower at no cost in speed (docs/operations.md). V8 takes it only at start: run once more with it.
const MEMORY_FLAG = '--max-semi-space-size=4';
if (process.execArgv.includes(MEMORY_FLAG)) {
  await import('../src/cli/main.ts');
} else {
  const child = spawn(process.execPath, [MEMORY_FLAG, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
  // A service manager stops this process: the real one stops with it.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
}
