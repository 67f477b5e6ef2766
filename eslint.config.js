// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
