import type { Command } from 'commander';
import { loadConfig } from '../../server/config.ts';
import { ensureWebBuilt } from '../web-build.ts';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('serve the API and the UI (builds the UI first when it is missing or stale)')
    .option('--no-build', 'do not build the UI, even when it is missing')
    .option('--dev', 'development mode: do not build the UI (run `npx vite` beside it)')
    .action(async (options: { build: boolean; dev?: boolean }) => {
      const config = loadConfig();
      if (options.build && !options.dev) await ensureWebBuilt();
      const { startServer } = await import('../../server/main.ts');
      await startServer(config);
    });
}
