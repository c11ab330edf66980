import { Command, CommanderError } from 'commander';
import { ConfigError } from '../server/config.ts';
import { DataDirLockedError } from '../server/db/lock.ts';
import { DemoRefusedError } from '../server/demo/demo-refused.ts';
import { AppError } from '../server/lib/errors.ts';
import { appVersion } from '../server/lib/version.ts';
import { registerBackupCommand } from './commands/backup.ts';
import { registerDemoCommand } from './commands/demo.ts';
import { registerGenerateCommand } from './commands/generate.ts';
import { registerImportCommand } from './commands/import.ts';
import { registerMigrateCommand } from './commands/migrate.ts';
import { registerOpenapiCommand } from './commands/openapi.ts';
import { registerRestoreCommand } from './commands/restore.ts';
import { registerStartCommand } from './commands/start.ts';
import { registerUserCommands } from './commands/user.ts';

// Exit codes: 0 ok, 1 failed, 2 bad arguments, 75 data directory in use (EX_TEMPFAIL).
const program = new Command()
  .name('kam')
  .description('OpenKAM — key account management')
  .version(appVersion)
  .exitOverride()
  .showHelpAfterError();

registerStartCommand(program);
registerMigrateCommand(program);
registerUserCommands(program);
registerDemoCommand(program);
registerGenerateCommand(program);
registerImportCommand(program);
registerBackupCommand(program);
registerRestoreCommand(program);
registerOpenapiCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  if (error instanceof DataDirLockedError) {
    console.error(`kam: ${error.message}`);
    process.exit(75);
  }
  if (error instanceof ConfigError) {
    console.error(`kam: ${error.message}`);
    process.exit(2);
  }
  if (error instanceof DemoRefusedError) {
    console.error(`kam: ${error.message}`);
    process.exit(1);
  }
  if (error instanceof AppError) {
    const fields = error.errors.map((e) => ` (${e.path}: ${e.message})`).join('');
    console.error(`kam: ${error.message}${fields}`);
    process.exit(1);
  }
  console.error(`kam: ${(error as Error).message}`);
  process.exit(1);
}
