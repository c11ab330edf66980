#!/usr/bin/env node
// The `kam` command. The CLI is TypeScript run by Node 24's type stripping.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`kam needs Node.js 24 (found ${process.version}); run it through \`npx kam\` or \`npm run kam --\`.`);
  process.exit(1);
}
await import('../src/cli/main.ts');
