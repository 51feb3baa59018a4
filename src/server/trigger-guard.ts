/**
 * Trigger handlers are top-level functions, so google.script.run can reach them too. They run
 * only when invoked by one of the project's own triggers (the event's triggerUid is one of the
 * current user's triggers: in a trigger run, its creator's) or by an admin of Paramètres.
 * In a trigger run the active user's email is blank or not the person acting (Session
 * reference), so no permission is decided on it: the run acts as « tâche planifiée ».
 */
import { ADMINS, AccessDeniedError } from '../domain/settings/access';
import { createStoreContext, type StoreContext } from '../services/store-context';
import { activeSpreadsheet_, read_ } from './request';

/** The actor recorded in the Journal, the mail log and the audit columns for a trigger run. */
export const SCHEDULED_ACTOR = 'tâche planifiée';

function triggerUidOf(e: unknown): string {
  const uid = e && typeof e === 'object' ? (e as { triggerUid?: unknown }).triggerUid : undefined;
  return typeof uid === 'string' || typeof uid === 'number' ? String(uid) : '';
}

/** True when the event comes from one of the project's triggers (a forged triggerUid matches none). */
export function isOwnTriggerRun_(e: unknown): boolean {
  const uid = triggerUidOf(e);
  return uid !== '' && ScriptApp.getProjectTriggers().some((t) => t.getUniqueId() === uid);
}

/** The store context of a trigger handler's run: « tâche planifiée » for its trigger, the admin's own otherwise; refuses anyone else. */
export function triggerOrAdminContext_(e: unknown): StoreContext {
  if (isOwnTriggerRun_(e)) return createStoreContext(activeSpreadsheet_(), SCHEDULED_ACTOR);
  try {
    return read_(ADMINS, ({ ctx }) => ctx);
  } catch (err) {
    if (!(err instanceof AccessDeniedError)) throw err;
    throw new AccessDeniedError(`Accès refusé : cette tâche est lancée par le déclencheur de Pacte ; seul un admin peut la lancer à la main. ${err.message}`);
  }
}
