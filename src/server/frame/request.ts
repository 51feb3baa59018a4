/**
 * The frame of every entry point: one store context per execution, the caller's role checked
 * first (against the role table read at this call, before any argument or sheet is looked at),
 * and for mutations the document lock, the rollback of a write refused by a protection, and —
 * for writes sent with a request ID (every write from the sidebar) — the ledger that makes a retry finish the request
 * instead of doing it twice. src/domain/contracts/api.ts declares who may call each export (endpoint.ts applies it). Errors leave
 * in French: Pacte's own as written where they arise (field, row), Google's translated here
 * (domain/errors/user-message.ts).
 */
import type { Role, Settings } from '../../domain/settings/settings';
import { requireRole } from '../../domain/settings/access';
import { userMessage } from '../../domain/errors/user-message';
import { ValidationError } from '../../domain/records/validate';
import { createStoreContext, type StoreContext } from '../../services/store-context';
import { loadSheetSettings } from '../../services/settings-store';
import { currentRoles } from '../../services/role-store';
import { withDocumentLock } from '../../services/lock';
import { readHead } from '../../services/journal';
import { requestIdArg, runOnce } from '../../services/request-ledger';
import { withRollback } from '../../services/write-guard';
import type { Ports } from '../../app/ports';
import { portsFor } from './ports';

export interface Request {
  ctx: StoreContext;
  /** The store and Google's services as the use cases see them. */
  ports: Ports;
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

/**
 * Rethrows an error the user may read: the same error when already fit to show, else a French one.
 * A ValidationError stays one (each problem made fit to show), so that the fields it names reach the sidebar.
 */
export function inFrench_<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof ValidationError) throw new ValidationError(e.errors.map((f) => ({ ...f, message: userMessage(f) })));
    const message = userMessage(e);
    if ((e as { message?: unknown } | null)?.message === message) throw e;
    throw new Error(message);
  }
}

/** Runs a read-only request for a caller holding one of the roles. */
export function read_<T>(allowed: readonly Role[], fn: (req: Request) => T): T {
  return inFrench_(() => {
    const ctx = currentContext_();
    const roles = currentRoles(ctx);
    const role = requireRole(roles, ctx.user, allowed);
    return fn({ ctx, ports: portsFor(ctx), role, settings: { ...loadSheetSettings(ctx), roles } });
  });
}

/**
 * Runs a mutation under the document lock, so concurrent users are serialised. A write refused
 * by a protected sheet or range undoes the request's earlier writes (its Journal entries with them)
 * and reaches the user in French, naming the sheet: nothing is left half-written. With a request ID
 * (every write from the sidebar), a repeated ID returns the first answer and a retry after a
 * failure midway reuses what was done (services/request-ledger.ts).
 */
export function write_<T>(allowed: readonly Role[], fn: (req: Request) => T, requestId?: unknown): T {
  return read_(allowed, (req) => locked_(req, () => fn(req), requestId));
}

/** The write frame of write_ for a caller already checked: lock, rollback, request ledger. */
export function locked_<T>(req: Request, fn: () => T, requestId?: unknown): T {
  const id = inFrench_(() => requestIdArg(requestId));
  return withDocumentLock(() => withRollback(req.ctx, () => runOnce(req.ctx, id, (all) => readHead(all).row, fn)));
}
