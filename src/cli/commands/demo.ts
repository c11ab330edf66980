import type { Command } from 'commander';
import { withDatabase } from '../with-database.ts';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('fill an empty database with a demo company (users, teams and, as modules land, their data)')
    .action(async () => {
      const { loadDemo } = await import('../../server/demo/demo.ts');
      const result = await withDatabase('kam demo', (db) => loadDemo(db));
      console.log(result.status === 'loaded' ? 'Demo data loaded.' : 'Demo data was already loaded.');
      console.log(`Sign in with any of these users, password "${result.password}":`);
      for (const u of result.users) console.log(`  ${u.username.padEnd(12)} ${u.role}`);
    });
}
