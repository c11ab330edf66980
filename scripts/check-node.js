// Fails fast when npm scripts would run on an old system Node (e.g. after `npm install --ignore-scripts`,
// the `node` devDependency has no binary and node_modules/.bin/node is missing).
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `OpenKAM needs Node.js 24 (found ${process.version}). Run \`npm install\` without --ignore-scripts so that ` +
      'the bundled Node 24 is installed, or install Node 24 yourself.',
  );
  process.exit(1);
}
