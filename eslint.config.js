// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * What browser code of ours (the console, the demo's pages) may import from the server: only
 * its browser-safe subpaths — the export verifier and the meeting's lifecycle actions — never
 * the root (Node: storage, HTTP server) or another subpath; and nothing of the command line or
 * of Node.
 */
const browserAppImports = [
  {
    regex: '^@qingyuan/server(?!/(verify|meeting)$)',
    message:
      'browser code imports only the server’s browser-safe subpaths (@qingyuan/server/verify, @qingyuan/server/meeting); the root and the rest run on Node.',
  },
  {
    group: ['@qingyuan/cli', '@qingyuan/cli/*'],
    message: 'the command line runs on Node, not in a page.',
  },
  { regex: '^node:', message: 'this code runs in the browser: no Node built-ins.' },
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/storybook-static/**',
      '**/reports/**',
      '**/coverage/**',
      '**/.turbo/**',
      '**/node_modules/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // The layers (docs/architecture.md): apps → server / elements / cli → core. Core is pure
  // (no Node built-ins, no DOM library, nothing of ours); elements and server never reach each
  // other, so an embed never ships the server and the server never ships a component.
  {
    files: ['packages/core/src/**/*.ts'],
    // Tests run in Node and may check against its built-ins (crypto, say); shipped code may not.
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@qingyuan/*'], message: 'core imports nothing of ours.' },
            { regex: '^node:', message: 'core runs in browsers too: no Node built-ins.' },
            { group: ['lit', 'lit/*', '@lit/*'], message: 'core has no DOM or components.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@qingyuan/server', '@qingyuan/server/*', '@qingyuan/cli', '@qingyuan/cli/*'],
              message:
                'elements speak to a ballot box over HTTP only; integration tests live in tests/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/server/src/**/*.ts', 'packages/cli/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@qingyuan/elements', '@qingyuan/elements/*', 'lit', 'lit/*'],
              message: 'the server and the command line ship no components.',
            },
          ],
        },
      ],
    },
  },
  // The console and the demo's pages run in the browser: core, the elements and the server's
  // browser-safe subpaths only. Their tests (Node) and the demo's dev server and e2e are free.
  {
    files: ['packages/console/src/**/*.ts', 'apps/demo/src/**/*.ts'],
    ignores: ['packages/console/src/**/*.test.ts', 'apps/demo/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: browserAppImports }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
      },
    },
  },
);
