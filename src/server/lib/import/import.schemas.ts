import { z } from 'zod';

// The parts every import's answer shares (accounts, contacts, sales): how the file was read, how
// its columns were mapped, and the per-row report. Modules extend them with what they wrote.
export const importReadFields = {
  dryRun: z.boolean(),
  format: z.string(),
  encoding: z.string(),
  encodingConfidence: z.number(),
  mapping: z.object({
    columns: z.array(z.object({ column: z.number(), header: z.string(), field: z.string(), matchedBy: z.string() })),
    unmapped: z.array(z.object({ column: z.number(), header: z.string() })),
    ambiguous: z.array(z.object({ column: z.number(), header: z.string(), fields: z.array(z.string()) })),
    missingRequired: z.array(z.string()),
  }),
};

export const importReportFields = {
  rows: z.number(),
  valid: z.number(),
  invalid: z.number(),
  errorCount: z.number(),
  isTruncated: z.boolean(),
  errors: z.array(z.object({ row: z.number(), column: z.string(), columnLetter: z.string(), field: z.string().optional(), value: z.string(), code: z.string(), message: z.string() })),
};

// What the browser sends besides the file (a JSON string in the `options` field), for every import.
export const importOptionFields = {
  dryRun: z.boolean().default(true),
  encoding: z.string().max(20).optional(),
  sheetName: z.string().max(100).optional(),
  map: z.record(z.string().max(200), z.string().max(50).nullable()).optional(),
};
