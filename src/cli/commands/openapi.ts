import type { Command } from 'commander';
import { configWith } from '../../server/config.ts';

// Prints the OpenAPI document generated from the route schemas (committed as openapi.json).
export async function generateOpenapi(): Promise<string> {
  const { buildApp } = await import('../../server/app.ts');
  const { openPglite } = await import('../../server/db/connection.ts');
  const { runMigrations } = await import('../../server/db/migrate.ts');
  const database = await openPglite(undefined);
  await runMigrations(database);
  const app = await buildApp({ database, config: configWith({ logLevel: 'silent' }), serveWeb: false });
  await app.ready();
  const document = JSON.stringify(app.swagger(), null, 2) + '\n';
  await app.close();
  await database.close();
  return document;
}

export function registerOpenapiCommand(program: Command): void {
  program
    .command('openapi')
    .description('print the OpenAPI document of the HTTP API')
    .action(async () => {
      process.stdout.write(await generateOpenapi());
    });
}
