import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CUSTOM_FIELD_TYPES } from '../../../domain/accounts/custom-fields.ts';
import { actorFrom } from '../../lib/context.ts';
import { errorResponses, text } from '../../lib/schemas.ts';
import { refreshAllCompleteness } from '../archive/completeness.service.ts';
import { getArchiveSettings, saveArchiveSettings } from './archive-settings.service.ts';

const identifier = z.string().max(60);
const checklistItem = z.discriminatedUnion('kind', [
  z.strictObject({ id: identifier, kind: z.literal('field'), field: identifier }),
  z.strictObject({ id: identifier, kind: z.literal('custom_field'), key: identifier }),
  z.strictObject({ id: z.literal('contacts'), kind: z.literal('contacts'), min: z.number().int() }),
  z.strictObject({ id: z.literal('decision_maker'), kind: z.literal('decision_maker') }),
  z.strictObject({ id: z.literal('org_chart'), kind: z.literal('org_chart') }),
]);
const customField = z.strictObject({
  key: identifier,
  label: z.strictObject({ 'zh-CN': text(60), 'en-US': text(60) }),
  type: z.enum(CUSTOM_FIELD_TYPES),
  options: z.array(text(60)).max(100),
  required: z.boolean(),
  active: z.boolean(),
});
const archiveSettingsBody = z.strictObject({
  checklist: z.array(checklistItem).max(100),
  customFields: z.array(customField).max(100),
  version: z.number().int().min(0),
});
const archiveSettingsSchema = z
  .object({
    checklist: z.array(checklistItem),
    customFields: z.array(customField),
    version: z.number().int(),
  })
  .meta({ id: 'ArchiveSettings' });

// ARC-1 / ARC-4 configuration: custom fields and the completeness checklist.
export function archiveSettingsRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = fastify.ctx;
  const tags = ['settings'];

  app.get('/api/v1/settings/archive', {
    config: { access: 'authenticated' },
    schema: { tags, summary: "The archive's custom fields and completeness checklist (every form needs them)", response: { 200: archiveSettingsSchema, ...errorResponses } },
    handler: async () => getArchiveSettings(db),
  });

  app.put('/api/v1/settings/archive', {
    config: { access: 'settings:manage' },
    schema: {
      tags,
      summary: 'Replace the custom fields and checklist (send the version you read); a new checklist rescores every archive',
      body: archiveSettingsBody,
      response: { 200: archiveSettingsSchema, ...errorResponses },
    },
    handler: async (request) => {
      const { settings, checklistChanged } = await saveArchiveSettings(db, actorFrom(request), request.body);
      // Thousands of archives take a while: rescored in the background, the lists catch up.
      if (checklistChanged) {
        void refreshAllCompleteness(db).catch((error: unknown) => request.log.error({ err: error }, 'rescoring archives failed'));
      }
      return settings;
    },
  });
}
