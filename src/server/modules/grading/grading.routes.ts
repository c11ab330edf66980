import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { QUADRANTS } from '../../../domain/grading/index.ts';
import { EXPORT_CONTENT_TYPES, writeTable } from '../../lib/export/write-table.ts';
import { LOCALES } from '../../lib/locale-labels.ts';
import { actorFrom, viewerOf } from '../../lib/context.ts';
import { errorResponses, idParams } from '../../lib/schemas.ts';
import { createEvaluation, evaluationDraft, listEvaluations } from './evaluations.service.ts';
import {
  createEvaluationBody,
  createModelBody,
  draftQuery,
  evaluationDraftSchema,
  evaluationListSchema,
  evaluationSchema,
  gradingJobSchema,
  listEvaluationsQuery,
  listModelsQuery,
  matrixQuery,
  matrixSchema,
  modelListSchema,
  regradeBody,
  scoringModelSchema,
  updateModelBody,
} from './grading.schemas.ts';
import { matrixExportColumns, matrixExportRows } from './matrix-export.ts';
import { screeningMatrix } from './matrix.service.ts';
import { getJob, startRegrade } from './regrade.service.ts';
import { createModel, getModel, listModels, updateModel } from './scoring-models.service.ts';

// GRD-1…GRD-4: scoring models (read by everyone, kept by grading:manage), evaluations of an
// account (following the account's visibility; writing needs the right to change it), the
// screening matrix, and the batch re-grade.
export function gradingRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = fastify.ctx;
  const tags = ['grading'];

  app.get('/api/v1/scoring-models', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'Scoring models (grade and matrix); the ready models are there from the start', querystring: listModelsQuery, response: { 200: modelListSchema, ...errorResponses } },
    handler: async (request) => listModels(db, request.query),
  });

  app.get('/api/v1/scoring-models/:id', {
    config: { access: 'authenticated' },
    schema: { tags, summary: 'A scoring model', params: idParams, response: { 200: scoringModelSchema, ...errorResponses } },
    handler: async (request) => getModel(db, request.params.id),
  });

  app.post('/api/v1/scoring-models', {
    config: { access: 'grading:manage' },
    schema: {
      tags,
      summary: 'Create a scoring model; a definition that breaks a rule (weights not 100, breakpoints out of order …) is a 400 naming the field',
      body: createModelBody,
      response: { 201: scoringModelSchema, ...errorResponses },
    },
    handler: async (request, reply) => reply.status(201).send(await createModel(db, actorFrom(request), request.body)),
  });

  app.patch('/api/v1/scoring-models/:id', {
    config: { access: 'grading:manage' },
    schema: {
      tags,
      summary: 'Change or deactivate (isActive: false) a scoring model; send the version you read',
      params: idParams,
      body: updateModelBody,
      response: { 200: scoringModelSchema, ...errorResponses },
    },
    handler: async (request) => updateModel(db, actorFrom(request), request.params.id, request.body),
  });

  app.get('/api/v1/accounts/:id/evaluation-draft', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: "The account's metrics from its sales and the computed criteria's scores with a model: the data behind each score",
      params: idParams,
      querystring: draftQuery,
      response: { 200: evaluationDraftSchema, ...errorResponses },
    },
    handler: async (request) => evaluationDraft(db, await viewerOf(request), request.params.id, request.query.modelId),
  });

  app.post('/api/v1/accounts/:id/evaluations', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Evaluate an account with a model: computed criteria from its sales, judged ones as given (score and comment); sets its current grade or quadrant',
      params: idParams,
      body: createEvaluationBody,
      response: { 201: evaluationSchema, ...errorResponses },
    },
    handler: async (request, reply) => reply.status(201).send(await createEvaluation(db, actorFrom(request), await viewerOf(request), request.params.id, request.body)),
  });

  app.get('/api/v1/accounts/:id/evaluations', {
    config: { access: 'authenticated' },
    schema: { tags, summary: "An account's evaluations, newest first (grade and quadrant history)", params: idParams, querystring: listEvaluationsQuery, response: { 200: evaluationListSchema, ...errorResponses } },
    handler: async (request) => listEvaluations(db, await viewerOf(request), request.params.id, request.query),
  });

  app.get('/api/v1/grading/matrix', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: 'Screening matrix: the latest point of each account you may see with a matrix model, its previous point, grade and last 12 months of sales',
      querystring: matrixQuery,
      response: { 200: matrixSchema, ...errorResponses },
    },
    handler: async (request) => screeningMatrix(db, await viewerOf(request), request.query),
  });

  app.get('/api/v1/grading/matrix/export', {
    config: { access: 'authenticated' },
    schema: {
      tags,
      summary: "The matrix's quadrant lists as a spreadsheet (.xlsx or .csv): every account you may see, or one quadrant, with strategy, axes, previous quadrant and sales",
      querystring: matrixQuery.extend({ quadrant: z.enum(QUADRANTS).optional(), format: z.enum(['xlsx', 'csv']).default('xlsx'), lang: z.enum(LOCALES).default('zh-CN') }),
      produces: [EXPORT_CONTENT_TYPES.xlsx, EXPORT_CONTENT_TYPES.csv],
      response: { 200: z.any(), ...errorResponses },
    },
    handler: async (request, reply) => {
      const { format, lang, ...query } = request.query;
      // Read before streaming: a wrong model is a 400/404, not a cut-off file.
      const rows = await matrixExportRows(db, actorFrom(request), await viewerOf(request), query, lang);
      const baseName = lang === 'zh-CN' ? '客户筛选矩阵' : 'screening-matrix';
      const fileName = `${baseName}-${new Date().toISOString().slice(0, 10)}.${format}`;
      const stream = new PassThrough();
      writeTable(format, matrixExportColumns(lang), rows, stream, { sheetName: lang === 'zh-CN' ? '象限客户' : 'Quadrants' }).catch((error: Error) => stream.destroy(error));
      return reply
        .header('content-type', EXPORT_CONTENT_TYPES[format])
        .header('content-disposition', `attachment; filename="screening-matrix.${format}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
        .send(stream);
    },
  });

  app.post('/api/v1/grading/regrade', {
    config: { access: 'grading:manage' },
    schema: {
      tags,
      summary: 'Re-grade every account with a model in the background (computed criteria from sales, judged scores carried over); follow the job',
      body: regradeBody,
      response: { 202: gradingJobSchema, ...errorResponses },
    },
    handler: async (request, reply) => reply.status(202).send(await startRegrade(db, actorFrom(request), request.body.modelId)),
  });

  app.get('/api/v1/grading/jobs/:id', {
    config: { access: 'grading:manage' },
    schema: { tags, summary: 'Progress of a re-grading job and the first 100 accounts whose grade or quadrant changed', params: idParams, response: { 200: gradingJobSchema, ...errorResponses } },
    handler: async (request) => getJob(db, request.params.id),
  });
}
