/**
 * Checks made before every service call: the authorization mode of the execution
 * (AuthMode.NONE allows menus only; LIMITED, as in simple triggers, refuses services that
 * need authorization beyond the current document) and the execution's time limit (6 minutes;
 * 30 seconds for a simple trigger).
 */
import { AppsScriptException } from '../core/errors';
import type { World } from '../core/world';

/** Google's text for the 6-minute limit; no distinct text is documented for the 30-second limit of simple triggers, so it is reused. */
export const EXCEEDED_TIME_MESSAGE = 'Exceeded maximum execution time';

/** AuthMode.NONE (add-on installed but not yet used in this document): "Create add-on menus only". */
function allowedInNone(name: string): boolean {
  return name === 'Ui.createMenu' || name === 'Ui.createAddonMenu' || name.startsWith('Menu.') || /^\w+App\.getUi$/.test(name) || name.startsWith('Logger.');
}

/** Calls a simple trigger (LIMITED) cannot make: other files, Drive, mail, triggers. */
const NEEDS_FULL = [
  /^SpreadsheetApp\.(openById|openByUrl|open|create)$/,
  /^DocumentApp\.(openById|openByUrl|create)$/,
  /^FormApp\.(openById|openByUrl|create)$/,
  /^DriveApp\./,
  /^MailApp\./,
  /^GmailApp\./,
  /^UrlFetchApp\./,
  /^ScriptApp\.(newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger)$/,
];

const SCOPES: [RegExp, string][] = [
  [/^(SpreadsheetApp|Spreadsheet|Sheet|Range)\./, 'https://www.googleapis.com/auth/spreadsheets'],
  [/^(DocumentApp|Document|Body)\./, 'https://www.googleapis.com/auth/documents'],
  [/^(FormApp|Form)\./, 'https://www.googleapis.com/auth/forms'],
  [/^(DriveApp|File|Folder)\./, 'https://www.googleapis.com/auth/drive'],
  [/^MailApp\./, 'https://www.googleapis.com/auth/script.send_mail'],
  [/^ScriptApp\./, 'https://www.googleapis.com/auth/script.scriptapp'],
  [/^(Session|User)\./, 'https://www.googleapis.com/auth/userinfo.email'],
];

/** The text Google gives for a call without the authorization it needs ("You do not have permission to call SpreadsheetApp.openById. Required permissions: …"). */
export function permissionMessage(name: string): string {
  const scope = SCOPES.find(([re]) => re.test(name))?.[1];
  return `You do not have permission to call ${name}.` + (scope ? ` Required permissions: ${scope}` : '');
}

export function installGuard(world: World): void {
  const previous = world.log.guard;
  world.log.guard = (name: string) => {
    previous?.(name);
    const exec = world.execution;
    // Executions a test starts without a cause are not timed, so tests may move the clock freely.
    if (exec.cause !== 'test' && world.clock.now() - exec.startedMs >= exec.timeLimitMs) throw new AppsScriptException(EXCEEDED_TIME_MESSAGE);
    if (exec.authMode === 'NONE' && !allowedInNone(name)) throw new AppsScriptException(permissionMessage(name));
    if (exec.authMode === 'LIMITED' && NEEDS_FULL.some((re) => re.test(name))) throw new AppsScriptException(permissionMessage(name));
  };
}
