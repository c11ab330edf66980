import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import { scheduleMaintenance } from './db/maintenance.ts';
import { closeDatabase, openDatabase, type OpenedDatabase } from './db/open.ts';

// config → database → app → listen.
export async function startServer(config: Config): Promise<{ app: FastifyInstance; database: OpenedDatabase }> {
  const opening = openDatabase(config, 'kam start');
  // openDatabase takes the data-dir lock before its first await, so a refused lock has already
  // rejected here: surface it before the app's modules load, which blocks for seconds (QUALITY T8:
  // a second server exits within 2 s).
  await Promise.race([opening, undefined]);
  // Loading the app's modules and opening the database overlap (PGlite compiles its WASM off-thread).
  const [database, { buildApp }, { countUsers }, { scheduleRegradeResume }] = await Promise.all([
    opening,
    import('./app.ts'),
    import('./modules/users/users.service.ts'),
    import('./modules/grading/regrade-resume.ts'),
  ]);
  const app = await buildApp({ database, config, logger: true });
  await app.listen({ port: config.port, host: config.host });
  const stopMaintenance = scheduleMaintenance(database, (error) => app.log.error({ err: error }, 'database maintenance failed'));
  const stopResume = scheduleRegradeResume(database, (error) => app.log.error({ err: error }, 're-grade resume failed'));
  if ((await countUsers(database.db)) === 0) {
    app.log.info(
      `No users yet. Open http://localhost:${config.port}/ to create the administrator, ` +
        'or run `npx kam user create --admin --username admin --name Admin`.',
    );
  }
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    stopMaintenance();
    stopResume();
    await app.close();
    await closeDatabase(database);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  return { app, database };
}
