/**
 * The user's project triggers over ScriptApp, for the installer (app/jobs/triggers.ts) and the
 * trigger guard. getProjectTriggers() may also list the user's triggers in other workbooks (Google
 * does not say otherwise for add-ons); a time-driven trigger does not tell its document, so the
 * user's properties record which hourly trigger belongs to which workbook.
 */
import type { InstalledTrigger } from '../domain/jobs/trigger-plan';

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

function eventTypeOf(t: GoogleAppsScript.Script.Trigger): InstalledTrigger['eventType'] {
  const type = t.getEventType();
  if (type === ScriptApp.EventType.CLOCK) return 'CLOCK';
  return type === ScriptApp.EventType.ON_FORM_SUBMIT ? 'ON_FORM_SUBMIT' : 'OTHER';
}

export function scriptTriggers(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  // The installer deletes what it listed: the Apps Script trigger behind each ID of this execution's list.
  const listed = new Map<string, GoogleAppsScript.Script.Trigger>();
  return {
    workbookId: spreadsheet.getId(),
    list(): InstalledTrigger[] {
      return ScriptApp.getProjectTriggers().map((t) => {
        const eventType = eventTypeOf(t);
        listed.set(t.getUniqueId(), t);
        return { id: t.getUniqueId(), handler: t.getHandlerFunction(), eventType, sourceId: eventType === 'CLOCK' ? '' : t.getTriggerSourceId() };
      });
    },
    remove(trigger: InstalledTrigger): void {
      const t = listed.get(trigger.id);
      if (t) ScriptApp.deleteTrigger(t);
    },
    createHourly(handler: string): string {
      return ScriptApp.newTrigger(handler).timeBased().everyHours(1).create().getUniqueId();
    },
    createFormSubmit(handler: string): void {
      ScriptApp.newTrigger(handler).forSpreadsheet(spreadsheet).onFormSubmit().create();
    },
    schedulers: registry,
    recordScheduler(workbookId: string, triggerId: string): void {
      PropertiesService.getUserProperties().setProperty(REGISTRY_KEY, JSON.stringify({ ...registry(), [workbookId]: triggerId }));
    },
  };
}
