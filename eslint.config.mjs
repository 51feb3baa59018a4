// ESLint: typescript-eslint's recommended rules, plus the Apps Script performance rules for Pacte's
// server code: single-cell reads/writes are banned, and SpreadsheetApp.flush() inside a loop (it is
// allowed once where the order of writes matters, e.g. the sent-log stored before MailApp.sendEmail).
import tseslint from 'typescript-eslint';

/**
 * The emulator (src/dev/emulator) is a package of its own: a file `depth` folders below its root may
 * import only inside the folder (at most `depth` levels of '../'), Node's builtins (node:*) and nothing else.
 */
const emulatorSelfContained = (depth) => ({
  files: [`src/dev/emulator/${'*/'.repeat(depth)}*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./){${depth + 1}}|^(\\.\\./){${depth}}\\.\\.$`,
            message: 'The emulator is a self-contained package: no import leaves src/dev/emulator.',
          },
          { regex: '^(?!\\.\\.?(/|$)|node:)', message: 'The emulator is a self-contained package: relative imports and node:* builtins only.' },
        ],
      },
    ],
  },
});

const FLUSH = "CallExpression[callee.object.name='SpreadsheetApp'][callee.property.name='flush']";
const ITERATING = 'CallExpression[callee.property.name=/^(forEach|map|flatMap|filter|reduce|reduceRight|some|every|find|findIndex)$/]';
/** flush() in a loop statement's body or in a callback of an iterating array method. */
export const FLUSH_IN_LOOP = [
  `:matches(ForStatement, ForOfStatement, ForInStatement, WhileStatement, DoWhileStatement) > :not(:matches(.init, .right)) ${FLUSH}`,
  `${ITERATING} > :function ${FLUSH}`,
];

/**
 * The layers and what each may import (README « Architecture »): the domain nothing outside itself; the
 * store interfaces the domain; use cases (src/app) the domain and the store interfaces, Apps Script
 * reaching them only through ports they declare; services (Apps Script adapters) the domain, and the
 * store interfaces they implement as types; the server's entry points the use cases and the endpoint
 * declarations, its frame (the composition root wiring services into ports) anything but the client
 * and the dev tools; the client the shared contracts (endpoint declarations, result shapes, table
 * declarations, vocabularies, French formats, field validation and text folding).
 */
/**
 * `folder`'s files may not import the src/ folders in `forbidden` (nor, except as types, those in
 * `typesOnly`). Paths are relative, so the rule is made per depth: a file d folders below src/ reaches
 * src/ with exactly d + 1 '../' (a folder of the same name inside the layer, such as the sidebar's own
 * app.ts, is not caught).
 */
const layer = (folder, forbidden, allowedNote, { ignores = [], typesOnly = [] } = {}) =>
  [0, 1, 2, 3]
    .map((depth) => ({ depth: depth + folder.split('/').length - 1, files: [`src/${folder}/${'*/'.repeat(depth)}*.ts`] }))
    .map(({ depth, files }) => ({
      files,
      ignores,
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              { regex: `^(\\.\\./){${depth + 1}}(${forbidden.join('|')})(/|$)`, message: `Layers: ${allowedNote}` },
              ...typesOnly.map((folder) => ({ regex: `^(\\.\\./){${depth + 1}}${folder}(/|$)`, allowTypeImports: true, message: `Layers: ${allowedNote}` })),
            ],
          },
        ],
      },
    }));
export const LAYERS = [
  ...layer('domain', ['services', 'server', 'client', 'store', 'dev', 'app'], 'the domain imports nothing outside src/domain.'),
  ...layer('store', ['services', 'server', 'client', 'dev', 'app'], 'the store imports the domain only.'),
  ...layer('app', ['services', 'server', 'client', 'dev'], 'use cases import the domain and the store interfaces only.'),
  ...layer('services', ['server', 'client', 'dev', 'app'], 'services import the domain, and the store interfaces they implement as types only.', {
    typesOnly: ['store'],
  }),
  ...layer(
    'server',
    ['client', 'dev', 'services', 'store', 'domain/(?!contracts)[^/]+'],
    'the server imports use cases (src/app) and the endpoint declarations (domain/contracts) only; its frame wires the services.',
    {
      ignores: ['src/server/frame/**'],
    },
  ),
  ...layer('server/frame', ['client', 'dev'], 'the server frame (composition root) never imports the sidebar or the dev tools.'),
  ...layer(
    'client',
    ['services', 'server', 'store', 'app', 'dev', 'domain/(?!contracts|schema|format|help|records/validate|records/normalise)[^/]+'],
    'the sidebar imports the shared contracts only (domain/contracts, domain/schema, domain/format, domain/help, domain/records/validate and normalise).',
  ),
];

export default tseslint.config(
  ...LAYERS,
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
          selector: 'CallExpression[callee.property.name=/^(getValue|setValue|getDisplayValue)$/]',
          message: 'Batch Sheets access: use getValues/setValues on whole blocks (each call costs 0.1–1 s in Apps Script).',
        },
        ...FLUSH_IN_LOOP.map((selector) => ({
          selector,
          message: 'SpreadsheetApp.flush() in a loop: flush once, where the order of writes matters (each flush costs a Sheets round trip).',
        })),
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
  emulatorSelfContained(0),
  emulatorSelfContained(1),
  emulatorSelfContained(2),
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
