/**
 * Checks made before every service call: the authorization mode of the execution
 * (AuthMode.NONE allows menus only; LIMITED, as in simple triggers, refuses services that
 * need authorization beyond the current document), the scopes the manifest grants (the table
 * derived from Google's reference by build/derive-scopes.mjs) and the execution's time limit
 * (6 minutes; 30 seconds for a simple trigger).
 */
import { AppsScriptException } from '../core/errors';
import { METHOD_SCOPES, SCOPE_PREFIX } from '../core/scope-table';
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
  /^Drive\./,
  /^MailApp\./,
  /^GmailApp\./,
  /^UrlFetchApp\./,
  /^ScriptApp\.(newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger)$/,
];

/** The scopes a method's reference page lists under "Authorization" (any one suffices), as full URLs. */
export function requiredScopes(name: string): string[] {
  return (METHOD_SCOPES[name] ?? []).map((s) => SCOPE_PREFIX + s);
}

const TROUBLESHOOTING = 'https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is';

/**
 * Google's text for a call without the authorization it needs, e.g. "You do not have permission to
 * call SpreadsheetApp.getActiveSpreadsheet. Required permissions:
 * (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets).
 * For more information, see https://developers.google.com/apps-script/guides/support/troubleshooting#authorization-is"
 * (as logged in 2025; one scope is written without parentheses).
 */
export function permissionMessage(name: string, scopes: readonly string[] = requiredScopes(name)): string {
  if (scopes.length === 0) return `You do not have permission to call ${name}.`;
  const list = scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
  return `You do not have permission to call ${name}. Required permissions: ${list}. For more information, see ${TROUBLESHOOTING}`;
}

/** Some calls need more than their page lists, by an emulator option (see WorldOptions). */
function extraScopes(world: World, name: string): string[] | null {
  if (name === 'Form.setDestination' && world.formDestinationNeedsSpreadsheets) return [SCOPE_PREFIX + 'spreadsheets'];
  return null;
}

/** Throws when the manifest's scopes include none of those the method needs. */
function checkScopes(world: World, name: string): void {
  const needed = requiredScopes(name);
  if (needed.length && !needed.some((s) => world.hasScope(s))) throw new AppsScriptException(permissionMessage(name, needed));
  const extra = extraScopes(world, name);
  if (extra && !extra.some((s) => world.hasScope(s))) throw new AppsScriptException(permissionMessage(name, extra));
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
    checkScopes(world, name);
  };
}
