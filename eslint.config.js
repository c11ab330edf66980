import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import security from 'eslint-plugin-security';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'test-results/', 'playwright-report/', 'src/web/api/schema.d.ts', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  security.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', window: 'readonly', document: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Dynamic property access on typed records is everywhere; the rule flags all of it.
      'security/detect-object-injection': 'off',
      // Paths come from configuration and fixed folders, never from requests (web.ts checks containment).
      'security/detect-non-literal-fs-filename': 'off',
      'no-restricted-imports': ['error', { paths: [{ name: 'xlsx', message: 'Use exceljs behind the import adapter (SheetJS on npm is frozen with known CVEs).' }] }],
    },
  },
  {
    files: ['src/server/**/*.ts', 'src/domain/**/*.ts', 'src/cli/**/*.ts'],
    ignores: ['src/server/config.ts', '**/*.test.ts', 'src/server/test/**'],
    rules: {
      // STYLE.md: only config.ts reads the environment.
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through src/server/config.ts.' }],
    },
  },
);
