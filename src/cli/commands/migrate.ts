import type { Command } from 'commander';
import { loadConfig } from '../../server/config.ts';
import { closeDatabase, openDatabase } from '../../server/db/open.ts';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply database migrations (the server also applies them at start)')
    .action(async () => {
      const config = loadConfig();
      const database = await openDatabase(config, 'kam migrate');
      await closeDatabase(database);
      console.log(`Migrations applied (${database.kind}).`);
    });
}
