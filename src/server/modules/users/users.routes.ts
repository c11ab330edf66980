import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorFrom } from '../../lib/context.ts';
import { listResponse, pageQuery } from '../../lib/pagination.ts';
import { booleanQuery, errorResponses, idParams } from '../../lib/schemas.ts';
import { createTeam, listTeams, updateTeam } from './teams.service.ts';
import { createUser, getUser, listUsers, setPassword, updateUser } from './users.service.ts';
import {
  createTeamBody,
  createUserBody,
  passwordSchema,
  roleSchema,
  teamSchema,
  updateTeamBody,
  updateUserBody,
  userSchema,
} from './users.schemas.ts';

export function usersRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = fastify.ctx;
  const tags = ['users'];

  app.get('/api/v1/users', {
    config: { access: 'users:read' },
    schema: {
      tags,
      summary: 'List users',
      querystring: z.object({
        ...pageQuery,
        q: z.string().max(100).optional(),
        role: roleSchema.optional(),
        teamId: z.uuid().optional(),
        isDisabled: booleanQuery.optional(),
      }),
      response: { 200: listResponse(userSchema), ...errorResponses },
    },
    handler: (request) => listUsers(db, request.query),
  });

  app.post('/api/v1/users', {
    config: { access: 'users:manage' },
    schema: { tags, summary: 'Create a user', body: createUserBody, response: { 201: userSchema, ...errorResponses } },
    handler: async (request, reply) => reply.status(201).send(await createUser(db, actorFrom(request), request.body)),
  });

  app.get('/api/v1/users/:id', {
    config: { access: 'users:read' },
    schema: { tags, summary: 'Get a user', params: idParams, response: { 200: userSchema, ...errorResponses } },
    handler: (request) => getUser(db, request.params.id),
  });

  app.patch('/api/v1/users/:id', {
    config: { access: 'users:manage' },
    schema: {
      tags,
      summary: 'Change a user (name, e-mail, role, team, manager, disabled); send the version you read',
      params: idParams,
      body: updateUserBody,
      response: { 200: userSchema, ...errorResponses },
    },
    handler: (request) => updateUser(db, actorFrom(request), request.params.id, request.body),
  });

  app.post('/api/v1/users/:id/password', {
    config: { access: 'users:manage' },
    schema: {
      tags,
      summary: "Reset a user's password (signs them out everywhere)",
      params: idParams,
      body: z.strictObject({ password: passwordSchema }),
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await setPassword(db, actorFrom(request), request.params.id, request.body.password);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/v1/teams', {
    config: { access: 'users:read' },
    schema: { tags, summary: 'List teams', response: { 200: listResponse(teamSchema), ...errorResponses } },
    handler: () => listTeams(db),
  });

  app.post('/api/v1/teams', {
    config: { access: 'users:manage' },
    schema: { tags, summary: 'Create a team', body: createTeamBody, response: { 201: teamSchema, ...errorResponses } },
    handler: async (request, reply) => reply.status(201).send(await createTeam(db, actorFrom(request), request.body)),
  });

  app.patch('/api/v1/teams/:id', {
    config: { access: 'users:manage' },
    schema: { tags, summary: 'Rename a team or change its manager', params: idParams, body: updateTeamBody, response: { 200: teamSchema, ...errorResponses } },
    handler: (request) => updateTeam(db, actorFrom(request), request.params.id, request.body),
  });
}
