/**
 * Installs Pacte's triggers (EXPECTED_TRIGGERS) for the current user in this workbook, and repairs
 * them: a missing one is created, a duplicate or a retired handler is deleted — deletions first,
 * as an add-on may hold only one trigger of each type per document. Idempotent.
 *
 * getProjectTriggers() may also list the user's triggers in other workbooks (Google does not say
 * otherwise for add-ons); a time-driven trigger does not tell its document, so the user's
 * properties record which hourly trigger belongs to which workbook, and another workbook's is
 * never taken for a duplicate.
 */
import type { TriggerRepair } from '../../domain/contracts';
import { serve } from '../frame/endpoint';
import { EXPECTED_TRIGGERS, FORM_SUBMIT_HANDLER, RETIRED_HANDLERS, SCHEDULED_JOBS_HANDLER } from './trigger-plan';

const REGISTRY_KEY = 'pacte.schedulerByWorkbook';

function registry(): Record<string, string> {
  try {
    return JSON.parse(PropertiesService.getUserProperties().getProperty(REGISTRY_KEY) ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}

/** The hourly trigger recorded for this workbook by its creator's installation (user properties), if any. */
export function schedulerOf(workbookId: string): string | undefined {
  return registry()[workbookId];
}

export function ensureTriggers(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): TriggerRepair {
  const workbookId = spreadsheet.getId();
  const known = registry();
  const elsewhere = new Set(Object.entries(known).flatMap(([id, uid]) => (id === workbookId ? [] : [uid])));
  const triggers = ScriptApp.getProjectTriggers();
  const isClock = (t: GoogleAppsScript.Script.Trigger) => t.getEventType() === ScriptApp.EventType.CLOCK;
  const schedulers = triggers.filter((t) => isClock(t) && t.getHandlerFunction() === SCHEDULED_JOBS_HANDLER && !elsewhere.has(t.getUniqueId()));
  const submits = triggers.filter(
    (t) => t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT && t.getHandlerFunction() === FORM_SUBMIT_HANDLER && t.getTriggerSourceId() === workbookId,
  );
  // The recorded scheduler is kept, else the first found; every other one is a duplicate.
  const keptScheduler = schedulers.find((t) => t.getUniqueId() === known[workbookId]) ?? schedulers[0];
  const surplus = [
    ...triggers.filter((t) => RETIRED_HANDLERS.includes(t.getHandlerFunction())),
    ...schedulers.filter((t) => t !== keptScheduler),
    ...submits.slice(1),
  ];
  const report: TriggerRepair = { created: [], removed: [] };
  for (const t of surplus) {
    ScriptApp.deleteTrigger(t);
    report.removed.push(t.getHandlerFunction());
  }
  let schedulerId = keptScheduler?.getUniqueId();
  if (!keptScheduler) {
    schedulerId = ScriptApp.newTrigger(SCHEDULED_JOBS_HANDLER).timeBased().everyHours(1).create().getUniqueId();
    report.created.push(SCHEDULED_JOBS_HANDLER);
  }
  if (!submits.length) {
    ScriptApp.newTrigger(FORM_SUBMIT_HANDLER).forSpreadsheet(spreadsheet).onFormSubmit().create();
    report.created.push(FORM_SUBMIT_HANDLER);
  }
  if (known[workbookId] !== schedulerId)
    PropertiesService.getUserProperties().setProperty(REGISTRY_KEY, JSON.stringify({ ...known, [workbookId]: schedulerId }));
  return report;
}

/** A French line for the set-up report ('' when nothing changed). */
export function describeRepair(r: TriggerRepair): string {
  const purpose = (h: string) => EXPECTED_TRIGGERS.find((t) => t.handler === h)?.purpose ?? `ancien déclencheur ${h}`;
  const parts = [];
  if (r.created.length) parts.push(`Déclencheurs installés : ${r.created.map(purpose).join(', ')}.`);
  if (r.removed.length) parts.push(`Déclencheurs en trop supprimés : ${r.removed.map(purpose).join(', ')}.`);
  return parts.join('\n');
}

/** Sidebar/admin endpoint: installs or repairs the triggers (admin; they run as this admin). */
export const installTriggers = serve('installTriggers', ({ ctx }): TriggerRepair => ensureTriggers(ctx.spreadsheet));
