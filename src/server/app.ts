import Fastify, { type FastifyInstance } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config.ts';
import type { Database } from './db/connection.ts';
import { createAuth } from './auth/auth.ts';
import { registerAuthentication } from './auth/authenticate.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { tokensRoutes } from './auth/tokens.routes.ts';
import { enforceRouteAccess } from './lib/access.ts';
import type { AppContext } from './lib/context.ts';
import { registerProblemHandlers } from './lib/problem.ts';
import { registerSecurityHeaders } from './lib/security-headers.ts';
import { registerCleanInputCheck } from './lib/clean-input.ts';
import { appVersion } from './lib/version.ts';
import { adminRoutes } from './modules/admin/admin.routes.ts';
import { accessRequestsRoutes } from './modules/accounts/access-requests.routes.ts';
import { accountFilesRoutes } from './modules/accounts/account-files.routes.ts';
import { accountsRoutes } from './modules/accounts/accounts.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { contactsRoutes } from './modules/contacts/contacts.routes.ts';
import { formsRoutes } from './modules/forms/forms.routes.ts';
import { ensureSecret } from './modules/settings/settings.service.ts';
import { usersRoutes } from './modules/users/users.routes.ts';
import { viewsRoutes } from './modules/views/views.routes.ts';
import { archiveSettingsRoutes } from './modules/settings/archive-settings.routes.ts';
import { productsRoutes } from './modules/products/products.routes.ts';
import { salesFilesRoutes } from './modules/sales/sales-files.routes.ts';
import { salesRoutes } from './modules/sales/sales.routes.ts';
import { gradingRoutes } from './modules/grading/grading.routes.ts';
import { compositionRoutes } from './modules/grading/composition.routes.ts';
import { gradingPoliciesRoutes } from './modules/grading/policies.routes.ts';
import { approvalFlowsRoutes } from './modules/approvals/approval-flows.routes.ts';
import { approvalsRoutes } from './modules/approvals/approvals.routes.ts';
import { registerWeb } from './web.ts';

export type BuildOptions = { database: Database; config: Config; logger?: boolean | object; serveWeb?: boolean };

const MODULE_ROUTES = [authRoutes, tokensRoutes, usersRoutes, auditRoutes, accountsRoutes, accessRequestsRoutes, contactsRoutes, viewsRoutes, formsRoutes, accountFilesRoutes, archiveSettingsRoutes, adminRoutes, productsRoutes, salesRoutes, salesFilesRoutes, gradingRoutes, compositionRoutes, gradingPoliciesRoutes, approvalsRoutes, approvalFlowsRoutes];

export async function buildApp({ database, config, logger = false, serveWeb = true }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logger === true ? { level: config.logLevel } : logger,
    bodyLimit: config.bodyLimit,
    trustProxy: config.publicUrl !== undefined,
    routerOptions: { maxParamLength: 200 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const secret = await ensureSecret(database.db, config.secret);
  const auth = createAuth(database.db, config, secret);
  const ctx: AppContext = { db: database.db, dbKind: database.kind, auth, config, version: appVersion };
  app.decorate('ctx', ctx);

  registerProblemHandlers(app);
  registerSecurityHeaders(app);
  registerCleanInputCheck(app);
  enforceRouteAccess(app);
  registerAuthentication(app, auth, config);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'OpenKAM API', version: appVersion, description: 'Key account management. Errors are application/problem+json.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'kam.session_token' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.withTypeProvider<ZodTypeProvider>().get('/api/health', {
    config: { access: 'public' },
    schema: {
      tags: ['system'],
      summary: 'Liveness and database check',
      response: { 200: z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']), version: z.string() }) },
    },
    handler: async () => {
      await database.db.execute('select 1');
      return { status: 'ok' as const, db: database.kind, version: appVersion };
    },
  });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () => app.swagger());

  for (const routes of MODULE_ROUTES) await routes(app);
  if (serveWeb) await registerWeb(app);
  return app;
}
