// Lint: type-aware TypeScript rules, React hooks rules, and the import rules between folders
// (architecture.md: shared imports nothing; renderer imports shared only; the backend never
// imports electron; the preload stays free of runtime libraries).
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const zone = (target, from, message) => ({ target, from, message });

export default tseslint.config(
  {
    ignores: [
      '.scratch/**',
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json', './tsconfig.e2e.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone(
              './shared',
              ['./electron', './renderer', './e2e'],
              'shared/ imports nothing outside shared/.',
            ),
            zone(
              './renderer',
              ['./electron', './e2e'],
              'The renderer talks to the backend only through the API contract in shared/.',
            ),
            zone(
              './electron/backend',
              [
                './electron/main',
                './electron/preload',
                './electron/web',
                './electron/cli',
                './renderer',
              ],
              'The backend serves every host and depends on none of them.',
            ),
            zone(
              './electron/preload',
              [
                './electron/backend',
                './electron/main',
                './electron/web',
                './electron/cli',
                './renderer',
              ],
              'The sandboxed preload may import shared/api only.',
            ),
            zone(
              './electron/main',
              ['./electron/web', './electron/cli', './renderer'],
              'The Electron shell reaches the backend, not other hosts.',
            ),
            zone(
              './electron/web',
              ['./electron/main', './electron/preload', './electron/cli', './renderer'],
              'The web host reaches the backend, not other hosts.',
            ),
            zone(
              './electron/cli',
              ['./electron/main', './electron/preload', './electron/web', './renderer'],
              'The CLI reaches the backend, not other hosts.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$|\\.)',
              message: 'shared/ may import zod and its own files only (no Node, no DOM, no UI).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/backend/**/*.ts', 'electron/web/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only electron/main and electron/preload may import electron.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    ignores: ['electron/preload/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$|\\.)',
              message: 'The sandboxed preload must stay free of runtime libraries.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3'].map((name) => ({
            name,
            message: 'The renderer reaches the backend only through window.api / HTTP.',
          })),
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
