/**
 * The frame of every entry point: one store context per execution, the caller's role checked
 * first (against the role table read at this call, before any argument or sheet is looked at),
 * and for mutations the document lock and one Journal block. src/server/callers.ts declares who
 * may call each export.
 * Errors are not translated here: Pacte's own are thrown in French (field, row) where they arise.
 */
import type { Role, Settings } from '../domain/settings/settings';
import { requireRole } from '../domain/settings/access';
import { createStoreContext, type StoreContext } from '../services/store-context';
import { loadSheetSettings } from '../services/settings-store';
import { currentRoles } from '../services/role-store';
import { withDocumentLock } from '../services/lock';
import { withJournalBatch } from '../services/journal';
import { withRollback } from '../services/write-guard';

interface Request {
  ctx: StoreContext;
  role: Role;
  /** Paramètres as read for the role check (cached): exchange rates, thresholds, weights. */
  settings: Settings;
}

export function activeSpreadsheet_(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new Error('Ouvrez Pacte depuis un classeur Google Sheets.');
  return spreadsheet;
}

export function currentContext_(): StoreContext {
  return createStoreContext(activeSpreadsheet_(), Session.getActiveUser().getEmail());
}

/** Runs a read-only request for a caller holding one of the roles. */
export function read_<T>(allowed: readonly Role[], fn: (req: Request) => T): T {
  const ctx = currentContext_();
  const roles = currentRoles(ctx);
  const role = requireRole(roles, ctx.user, allowed);
  return fn({ ctx, role, settings: { ...loadSheetSettings(ctx), roles } });
}

/**
 * Runs a mutation under the document lock, so concurrent users are serialised. A write refused
 * by a protected sheet or range undoes the request's earlier writes (its Journal entries with them)
 * and reaches the user in French, naming the sheet: nothing is left half-written.
 */
export function write_<T>(allowed: readonly Role[], fn: (req: Request) => T): T {
  return read_(allowed, (req) => withDocumentLock(() => withRollback(req.ctx, () => withJournalBatch(req.ctx, () => fn(req)))));
}
