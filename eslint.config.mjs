// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      '.tools/**',
      'coverage/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Nest's DI needs the runtime class of an injected parameter; type-only imports break it.
      '@typescript-eslint/no-extraneous-class': 'off',
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@app/*/src/*', '**/libs/*/src/*'],
              message: 'Import a lib through its public index (@app/<lib>).',
            },
          ],
        },
      ],
    },
  },
  {
    // Nest reads constructor parameter types at run time: keep them value imports.
    files: [
      'apps/**/*.ts',
      'libs/**/*.module.ts',
      'libs/**/*.repository.ts',
      'libs/**/*.service.ts',
    ],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // Workflow code runs in Temporal's deterministic sandbox.
    files: ['workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: 'Workflows must stay deterministic: no Node built-ins.',
          })),
          patterns: [
            { group: ['@nestjs/*'], message: 'No Nest in workflow code.' },
            {
              group: ['typeorm', 'typeorm/*', 'pg', 'pg/*'],
              message: 'No database access in workflow code.',
            },
            {
              group: [
                '@app/persistence',
                '@app/config',
                '@app/logging',
                '@app/local-stack',
                '@app/notifications',
                '**/libs/persistence/**',
                '**/apps/**',
              ],
              message: 'Workflows import only @app/domain and activity types.',
            },
            {
              group: ['@temporalio/client', '@temporalio/worker', '@temporalio/activity'],
              message: 'Workflows import only @temporalio/workflow.',
            },
          ],
        },
      ],
    },
  },
  {
    // libs/domain is pure: no framework, database or Node I/O.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: 'libs/domain is pure TypeScript: no Node built-ins.',
          })),
          patterns: [
            {
              group: ['@nestjs/*', 'typeorm', 'pg', '@app/*'],
              message: 'libs/domain depends on nothing but @temporalio/workflow definitions.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Response bodies are JSON whose shape each test asserts.
      '@typescript-eslint/no-explicit-any': 'off',
      // Stubs stand in for async collaborators without awaiting anything.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // The console runs in the browser: React's rules of hooks, its own tsconfig, its own lint.
    files: ['apps/web/**/*.{ts,tsx,mts}'],
    plugins: { 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './apps/web/tsconfig.json' }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'separate-type-imports' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@app/*', '**/libs/**', '**/apps/api/**'],
              message: 'The console reaches the API only through its typed client.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  prettier,
);
