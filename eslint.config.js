// ESLint flat config for Cairn.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import cairn from './eslint/layers.js';

const unusedVars = [
  'error',
  {
    argsIgnorePattern: '^_',
    caughtErrorsIgnorePattern: '^_',
    destructuredArrayIgnorePattern: '^_',
  },
];

export default defineConfig([
  globalIgnores([
    'dist/',
    'dist-bench/',
    // Builds of npm run audit and npm run screenshot.
    'dist-audit/',
    'dist-screenshot/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'coverage/',
    '.reports/',
  ]),

  js.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: { 'no-unused-vars': unusedVars },
  },

  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': unusedVars,
    },
  },

  // React hooks: only the two classic rules. The v7 `recommended` preset also
  // turns on the React Compiler rules (refs, purity, set-state-in-effect, …),
  // which are noisy for code that is not compiled with the React Compiler.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },

  // The app runs in the browser.
  {
    files: ['src/**/*.{ts,tsx,js,jsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Playwright tests run in Node but page.evaluate() callbacks run in the page.
  {
    files: ['e2e/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },

  // Architecture: layer direction, Dexie only in src/db, no `export *`.
  {
    files: ['src/**/*.{ts,tsx,js,jsx}'],
    plugins: { cairn },
    rules: {
      'cairn/layers': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportAllDeclaration',
          message: "Do not use `export *`; export names explicitly so each module's public surface is visible.",
        },
      ],
    },
  },
]);
