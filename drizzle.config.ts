import { defineConfig } from 'drizzle-kit';

// Used only to generate SQL migrations (`npx drizzle-kit generate`); they are applied in code.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema.ts',
  out: './migrations',
});
