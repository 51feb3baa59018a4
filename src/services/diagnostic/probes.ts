/**
 * What the Diagnostic looks at on the live account: thin reads of Apps Script, returning plain
 * data for the verdicts (domain/diagnostic/verdicts.ts). Each probe may throw; the caller
 * isolates them. The form probe leaves nothing behind (the test form goes to the trash).
 */
import type { TableSpec } from '../../domain/schema/field';
import type { BlockingProtection, FormSeen, ScopesSeen, SheetHeadersSeen, TriggerSeen } from '../../domain/diagnostic/verdicts';
import { probeDriveFolder, trashDriveFile } from './drive-probe';
import { probeJournalChain, probePacteProtections } from './journal-probe';
import type { StoreContext } from '../store-context';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** getAuthorizedScopes is newer than @types/google-apps-script. */
interface WithScopes {
  getAuthorizedScopes?(): string[] | null;
}

export function probeScopes(): ScopesSeen {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  const granted = (info as unknown as WithScopes).getAuthorizedScopes?.() ?? null;
  return {
    required: info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED,
    granted,
    authorizationUrl: info.getAuthorizationUrl() || null,
  };
}

/** The triggers of the account running the Diagnostic (Google shows no one else's). */
export function probeTriggers(): TriggerSeen[] {
  return ScriptApp.getProjectTriggers().map((t) => ({ type: String(t.getEventType()), handler: t.getHandlerFunction() }));
}

export function probeLock(): 'acquired' | 'busy' | 'unavailable' {
  const lock = LockService.getDocumentLock();
  if (!lock) return 'unavailable';
  if (!lock.tryLock(10000)) return 'busy';
  lock.releaseLock();
  return 'acquired';
}

/** setPublished/isPublished are newer than @types/google-apps-script. */
interface Publishing {
  setPublished?(enabled: boolean): unknown;
  isPublished?(): boolean;
}

/** A test form created, published (as Pacte's surveys are), checked, then trashed whatever happened. */
export function probeForm(): FormSeen {
  const form = FormApp.create('Pacte — diagnostic');
  const id = form.getId();
  let published = false;
  let accepting = false;
  let trashed = false;
  try {
    const publishing = form as unknown as Publishing;
    if (typeof publishing.setPublished === 'function') publishing.setPublished(true);
    form.setAcceptingResponses(true);
    published = typeof publishing.isPublished === 'function' ? publishing.isPublished() : true;
    accepting = form.isAcceptingResponses();
  } finally {
    // Trashed even when publishing threw: the Diagnostic leaves no form behind.
    trashed = trashDriveFile(id);
  }
  return { published, accepting, trashed };
}

export function probeMailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

export function probeLocale(spreadsheet: Spreadsheet): { timeZone: string; locale: string } {
  return { timeZone: spreadsheet.getSpreadsheetTimeZone(), locale: spreadsheet.getSpreadsheetLocale() };
}

/** Row 1 of each Pacte sheet (one read per sheet). */
export function probeHeaders(spreadsheet: Spreadsheet, specs: readonly TableSpec[]): SheetHeadersSeen[] {
  return specs.map((spec) => {
    const sheet = spreadsheet.getSheetByName(spec.sheetName);
    if (!sheet) return { sheet: spec.sheetName, headers: null };
    const width = sheet.getLastColumn();
    return { sheet: spec.sheetName, headers: width > 0 ? sheet.getSheetValues(1, 1, 1, width)[0] : [] };
  });
}

/**
 * Protections on Pacte's sheets that the account running the Diagnostic cannot edit: two calls for
 * the whole spreadsheet (Spreadsheet.getProtections), then only the blocking ones are looked at.
 */
export function probeProtections(spreadsheet: Spreadsheet, specs: readonly TableSpec[]): BlockingProtection[] {
  const pacteSheets = new Set(specs.map((s) => s.sheetName));
  const protections = [...spreadsheet.getProtections(SpreadsheetApp.ProtectionType.SHEET), ...spreadsheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)];
  const out: BlockingProtection[] = [];
  for (const p of protections) {
    if (p.canEdit()) continue;
    const range = p.getRange();
    const sheet = range.getSheet().getName();
    if (!pacteSheets.has(sheet)) continue;
    const whole = p.getProtectionType() === SpreadsheetApp.ProtectionType.SHEET;
    out.push({ sheet, range: whole ? '' : range.getA1Notation(), description: p.getDescription() });
  }
  return out;
}

/** The Diagnostic's probes port (app/ports/diagnostic.ts) on this execution's spreadsheet. */
export function diagnosticProbesFor(ctx: StoreContext) {
  const ss = ctx.spreadsheet;
  return {
    scopes: probeScopes,
    triggers: probeTriggers,
    effectiveUser: () => Session.getEffectiveUser().getEmail(),
    lock: probeLock,
    form: probeForm,
    drive: probeDriveFolder,
    mailQuota: probeMailQuota,
    locale: () => probeLocale(ss),
    headers: (specs: readonly TableSpec[]) => probeHeaders(ss, specs),
    protections: (specs: readonly TableSpec[]) => probeProtections(ss, specs),
    pacteProtections: () => probePacteProtections(ctx),
    journalChain: () => probeJournalChain(ctx),
  };
}
