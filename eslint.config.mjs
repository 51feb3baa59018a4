// ESLint: typescript-eslint's recommended rules, plus the Apps Script performance rule
// that single-cell reads/writes and flush() are banned from Pacte's server code.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build/dist/**', 'build/fidelity/**', 'build/tmp/**', 'node_modules/**', 'test-artifacts/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/server/**/*.ts', 'src/services/**/*.ts', 'src/domain/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(getValue|setValue|getDisplayValue|flush)$/]',
          message: 'Batch Sheets access: use getValues/setValues on whole blocks (each call costs 0.1–1 s in Apps Script).',
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'SpreadsheetApp',
        'DocumentApp',
        'FormApp',
        'DriveApp',
        'MailApp',
        'LockService',
        'PropertiesService',
        'CacheService',
        'ScriptApp',
        'Session',
        'Utilities',
        'HtmlService',
      ],
    },
  },
  {
    // These files are bundled into build/fidelity and run on real Google: Apps Script globals only.
    files: ['src/dev/fidelity/checks/**/*.ts', 'src/dev/fidelity/check.ts', 'src/dev/fidelity/report.ts', 'src/dev/fidelity/main.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/emulator', '**/emulator/**', '**/load-script', 'node:*'], message: 'Fidelity checks run on real Google: Apps Script globals only.' },
          ],
        },
      ],
    },
  },
  {
    // Sidebar views reach the server only through their View (src/client/views/mount.ts), which drops
    // a response arriving after the user navigated away; a direct callServer would bypass that.
    files: ['src/client/views/**/*.ts'],
    ignores: ['src/client/views/mount.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server-api'], allowTypeImports: true, message: 'Call the server through view.call (views/mount.ts).' }] },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
