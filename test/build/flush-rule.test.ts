/**
 * The lint rule on SpreadsheetApp.flush() (eslint.config.mjs): refused inside a loop — a loop
 * statement's body or a callback of forEach/map/… — and allowed once where the order of writes
 * matters (the outbox stores the sent-log before MailApp.sendEmail). One fixture is linted with the
 * project's own configuration, as server code (the ESLint CLI over stdin).
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

const FIXTURE = [
  'declare const xs: number[]; declare function write(x: unknown): void; declare function more(): boolean;',
  'declare const r: GoogleAppsScript.Spreadsheet.Range;',
  'for (const x of xs) { write(x); SpreadsheetApp.flush(); }', // 3: for…of
  'for (let i = 0; i < 3; i++) SpreadsheetApp.flush();', // 4: for
  'while (more()) { SpreadsheetApp.flush(); }', // 5: while
  'do { SpreadsheetApp.flush(); } while (more());', // 6: do…while
  'xs.forEach((x) => { write(x); SpreadsheetApp.flush(); });', // 7: forEach callback
  'xs.map(function (x) { SpreadsheetApp.flush(); return x; });', // 8: map callback
  'for (const x of xs) { if (x) { SpreadsheetApp.flush(); } }', // 9: nested block in a loop
  'write(1);', // 10
  'SpreadsheetApp.flush();', // 11: once, between writes and a send: allowed
  'function batch(): void { write(2); SpreadsheetApp.flush(); }', // 12: a function a loop calls: allowed
  'for (const _x of xs) batch();', // 13
  'r.setValue(1);', // 14: single-cell write, refused anywhere
].join('\n');

function lint(): { line: number; message: string }[] {
  const out = spawnSync(path.join(ROOT, 'node_modules/.bin/eslint'), ['--stdin', '--stdin-filename', 'src/services/flush-fixture.ts', '--format', 'json'], {
    cwd: ROOT,
    input: FIXTURE,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(out.stdout) as { messages: { line: number; message: string }[] }[];
  return result.messages;
}

it('refuses SpreadsheetApp.flush() only inside loops and callbacks, and single-cell access everywhere', () => {
  const messages = lint();
  const lines = (re: RegExp) => messages.filter((m) => re.test(m.message)).map((m) => m.line);
  expect(lines(/^SpreadsheetApp\.flush\(\) in a loop/)).toEqual([3, 4, 5, 6, 7, 8, 9]);
  expect(lines(/^Batch Sheets access/)).toEqual([14]);
  expect(messages).toHaveLength(8);
});
