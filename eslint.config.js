// ESLint (flat config): the recommended rules on all JavaScript. The extension runs in the
// browser with the WebExtension APIs; tests, the harness and scripts run under node, and the
// real-browser tests also pass functions that run inside pages and the extension's worker.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['build*/**', 'node_modules/**', 'tests/e2e/artifacts/**'] },
  js.configs.recommended,
  {
    files: ['extension/**/*.js'],
    languageOptions: {
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.webextensions },
    },
  },
  {
    files: ['tests/**/*.{js,mjs}', 'scripts/**/*.mjs', 'eslint.config.js'],
    languageOptions: {
      sourceType: 'module',
      globals: { ...globals.node },
    },
  },
  {
    files: ['tests/e2e/**/*.mjs', 'scripts/demo.mjs'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.webextensions },
    },
  },
];
