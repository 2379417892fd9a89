// ESLint flat config. Besides the usual type-aware rules it enforces DESIGN.md's dependency direction:
//   app → features → (components, lib, o2g) → o2g/contract
// A feature never imports another feature, and dev-proxy/ and e2e/ import nothing from src/ but
// src/o2g/contract. eslint.config.test.ts proves each boundary fails lint when crossed.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import { defineConfig, globalIgnores } from 'eslint/config';

/** Every folder of src/features is a feature: a new one is protected without editing this file. */
export const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** One zone per feature: files of every other feature may not import it. */
export function featureZones(features) {
  return features.map((feature) => ({
    target: `./src/features/!(${feature})/**/*`,
    from: `./src/features/${feature}`,
    message: 'A feature never imports another feature; compose them in src/app.',
  }));
}

const boundaryZones = [
  ...featureZones(FEATURES),
  {
    target: ['./src/features/**/*', './src/components/**/*', './src/lib/**/*', './src/o2g/**/*'],
    from: './src/app',
    message: 'Only src/app knows the app; pass what you need down as props or arguments.',
  },
  {
    target: ['./src/components/**/*', './src/lib/**/*', './src/o2g/**/*'],
    from: './src/features',
    message: 'Shared layers never import features.',
  },
  {
    target: './src/o2g/contract/**/*',
    from: './src',
    except: ['./o2g/contract'],
    message: 'The wire contract is pure: it imports nothing from the rest of src.',
  },
  {
    target: ['./dev-proxy/**/*', './e2e/**/*', './bench/**/*'],
    from: './src',
    except: ['./o2g/contract'],
    message: 'dev-proxy, e2e and bench share only src/o2g/contract with the console.',
  },
];

export default defineConfig([
  globalIgnores([
    'dist',
    'coverage',
    'playwright-report',
    'test-results',
    'test-reports',
    'demo-output',
    'bench/results',
  ]),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    plugins: { 'import-x': importX },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
      pluginQuery.configs['flat/recommended'],
    ],
    languageOptions: { globals: globals.browser },
    rules: {
      // The client and its http layer are the same objects for the app's lifetime: no key needs them.
      '@tanstack/query/exhaustive-deps': ['error', { allowlist: { types: ['O2gHttp', 'O2gClient'] } }],
    },
  },
  {
    // Test support (kits, fixtures, providers) lives in testing/ folders, and only tests use it.
    files: ['src/**/*.{ts,tsx}', 'dev-proxy/**/*.ts'],
    ignores: ['**/*.test.{ts,tsx}', '**/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/testing', '**/testing/**'],
              message: 'Test support is for tests: production code never imports a testing/ folder.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['dev-proxy/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.ts', '*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
]);
