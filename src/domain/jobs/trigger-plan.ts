/**
 * The installable triggers Pacte needs in a workbook. As an editor add-on it may have only one
 * trigger of each type per user per document (Google's editor-triggers guide), hence ONE hourly
 * time-driven trigger that dispatches every scheduled job, and ONE spreadsheet form-submit trigger
 * serving every survey. The handler names are fixed: the Diagnostic checks for them.
 */
export const SCHEDULED_JOBS_HANDLER = 'runScheduledJobs';
export const FORM_SUBMIT_HANDLER = 'onSurveySubmit';

export interface ExpectedTrigger {
  handler: string;
  /** ScriptApp.EventType name. */
  eventType: 'CLOCK' | 'ON_FORM_SUBMIT';
  /** What it is for, in French (installation report, Diagnostic). */
  purpose: string;
}

export const EXPECTED_TRIGGERS: readonly ExpectedTrigger[] = [
  { handler: SCHEDULED_JOBS_HANDLER, eventType: 'CLOCK', purpose: 'tâches planifiées (toutes les heures)' },
  { handler: FORM_SUBMIT_HANDLER, eventType: 'ON_FORM_SUBMIT', purpose: 'réception des réponses aux enquêtes' },
];

/** Handlers installed by earlier versions (one time-driven trigger each): removed on installation. */
export const RETIRED_HANDLERS: readonly string[] = ['runConventionsDaily', 'runSurveyJobs'];

/** One of the user's project triggers, as the installer sees it. */
export interface InstalledTrigger {
  id: string;
  handler: string;
  eventType: 'CLOCK' | 'ON_FORM_SUBMIT' | 'OTHER';
  /** The document a form-submit trigger is installed on ('' for a time-driven one). */
  sourceId: string;
}

/** What the installer does: delete `remove` first (one trigger of each type per document), then create what is missing. */
export interface TriggerRepairPlan {
  remove: InstalledTrigger[];
  /** The hourly trigger kept for this workbook, or undefined when one must be created. */
  keptScheduler?: string;
  createSubmit: boolean;
}

/**
 * The repair of this workbook's triggers. `schedulers`: the hourly trigger recorded for each
 * workbook (a time-driven trigger does not tell its document), so another workbook's is never
 * taken for a duplicate; the one recorded for this workbook is kept, else the first found.
 */
export function planTriggerRepair(triggers: readonly InstalledTrigger[], schedulers: Readonly<Record<string, string>>, workbookId: string): TriggerRepairPlan {
  const elsewhere = new Set(Object.entries(schedulers).flatMap(([id, uid]) => (id === workbookId ? [] : [uid])));
  const hourly = triggers.filter((t) => t.eventType === 'CLOCK' && t.handler === SCHEDULED_JOBS_HANDLER && !elsewhere.has(t.id));
  const submits = triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT' && t.handler === FORM_SUBMIT_HANDLER && t.sourceId === workbookId);
  const kept = hourly.find((t) => t.id === schedulers[workbookId]) ?? hourly[0];
  const remove = [...triggers.filter((t) => RETIRED_HANDLERS.includes(t.handler)), ...hourly.filter((t) => t !== kept), ...submits.slice(1)];
  return { remove, keptScheduler: kept?.id, createSubmit: submits.length === 0 };
}

/** A French line for the set-up report ('' when nothing changed). */
export function describeRepair(r: { created: readonly string[]; removed: readonly string[] }): string {
  const purpose = (h: string) => EXPECTED_TRIGGERS.find((t) => t.handler === h)?.purpose ?? `ancien déclencheur ${h}`;
  const parts = [];
  if (r.created.length) parts.push(`Déclencheurs installés : ${r.created.map(purpose).join(', ')}.`);
  if (r.removed.length) parts.push(`Déclencheurs en trop supprimés : ${r.removed.map(purpose).join(', ')}.`);
  return parts.join('\n');
}
