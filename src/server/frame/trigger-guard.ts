/**
 * Trigger handlers are top-level functions, so google.script.run can reach them too. They run
 * only when invoked by Pacte's own trigger FOR THIS WORKBOOK — the event's triggerUid is one of
 * the current user's triggers (in a trigger run, its creator's), installed for this spreadsheet
 * (the form-submit trigger's source, or the hourly trigger recorded for it), and its creator is
 * still an admin here — or by an admin by hand. A demoted admin's triggers, or another
 * workbook's, act on nothing.
 * In a trigger run the active user's email is blank or not the person acting (Session
 * reference), so no permission is decided on it: the run acts as « tâche planifiée ».
 */
import { ADMINS, AccessDeniedError } from '../../domain/settings/access';
import { currentRoles } from '../../services/role-store';
import { createStoreContext, type StoreContext } from '../../services/store-context';
import { schedulerOf } from '../../services/triggers';
import { activeSpreadsheet_, read_ } from './request';

/** The actor recorded in the Journal, the mail log and the audit columns for a trigger run. */
export const SCHEDULED_ACTOR = 'tâche planifiée';

function triggerUidOf(e: unknown): string {
  const uid = e && typeof e === 'object' ? (e as { triggerUid?: unknown }).triggerUid : undefined;
  return typeof uid === 'string' || typeof uid === 'number' ? String(uid) : '';
}

/**
 * True when the event comes from Pacte's trigger of this workbook, created by someone who is still
 * an admin here (a forged triggerUid matches none; another workbook's trigger is not this one's).
 */
function isOwnTriggerRun_(e: unknown, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, ctx: StoreContext): boolean {
  const uid = triggerUidOf(e);
  if (uid === '') return false;
  const trigger = ScriptApp.getProjectTriggers().find((t) => t.getUniqueId() === uid);
  if (!trigger) return false;
  const workbookId = spreadsheet.getId();
  const forThisWorkbook = trigger.getEventType() === ScriptApp.EventType.CLOCK ? schedulerOf(workbookId) === uid : trigger.getTriggerSourceId() === workbookId;
  // In a trigger run the effective user is the trigger's creator (Session reference).
  const creator = Session.getEffectiveUser().getEmail().toLowerCase();
  return forThisWorkbook && currentRoles(ctx)[creator] === 'admin';
}

/** The store context of a trigger handler's run: « tâche planifiée » for its trigger, the admin's own otherwise; refuses anyone else. */
export function triggerOrAdminContext_(e: unknown): StoreContext {
  const spreadsheet = activeSpreadsheet_();
  const ctx = createStoreContext(spreadsheet, SCHEDULED_ACTOR);
  if (isOwnTriggerRun_(e, spreadsheet, ctx)) return ctx;
  try {
    return read_(ADMINS, ({ ctx }) => ctx);
  } catch (err) {
    if (!(err instanceof AccessDeniedError)) throw err;
    throw new AccessDeniedError(`Accès refusé : cette tâche est lancée par le déclencheur de Pacte ; seul un admin peut la lancer à la main. ${err.message}`);
  }
}
