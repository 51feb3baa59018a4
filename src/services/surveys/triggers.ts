/**
 * The survey triggers, installed once (idempotent: an existing trigger with the same handler is
 * kept): ONE installable onFormSubmit trigger on the spreadsheet, serving every campaign (each
 * form's responses land in this spreadsheet), and one time-driven job (sending, reminders,
 * closing, catch-up sync), hourly — the most an add-on may — so what the quota held back leaves as
 * soon as Google resets it (24 hours after the first send). Installable triggers run as the user
 * who installed them: an admin.
 */
const SUBMIT_HANDLER = 'onSurveySubmit';
const JOB_HANDLER = 'runSurveyJobs';

export interface TriggerStatus {
  submit: 'créé' | 'déjà installé';
  job: 'créé' | 'déjà installé';
}

export function ensureSurveyTriggers(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): TriggerStatus {
  const existing = ScriptApp.getProjectTriggers();
  const has = (handler: string, type: GoogleAppsScript.Script.EventType) =>
    existing.some((t) => t.getHandlerFunction() === handler && t.getEventType() === type);
  const status: TriggerStatus = { submit: 'déjà installé', job: 'déjà installé' };
  if (!has(SUBMIT_HANDLER, ScriptApp.EventType.ON_FORM_SUBMIT)) {
    ScriptApp.newTrigger(SUBMIT_HANDLER).forSpreadsheet(spreadsheet).onFormSubmit().create();
    status.submit = 'créé';
  }
  if (!has(JOB_HANDLER, ScriptApp.EventType.CLOCK)) {
    ScriptApp.newTrigger(JOB_HANDLER).timeBased().everyHours(1).create();
    status.job = 'créé';
  }
  return status;
}
