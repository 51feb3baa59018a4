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
