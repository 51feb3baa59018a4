/**
 * Survey triggers:
 * - `onSurveySubmit(e)`: the ONE installable onFormSubmit trigger of the spreadsheet. It finds the
 *   campaign from the response sheet's linked form (e.range.getSheet().getFormUrl(), else the
 *   sheet's name recorded in « Enquêtes »), stores the new responses in « Réponses » and refreshes
 *   « Tableau satisfaction ». A response sheet that is not a Pacte survey is ignored.
 * - `surveyJobs(ctx)`: the hourly job run by the scheduled-jobs dispatcher — sync of every open
 *   campaign (full catch-up once a day, since the checkpoint otherwise), then sending (queued first
 *   sendings, due reminders to non-respondents, closing), within the mail quota.
 * Both run under the document lock; onSurveySubmit runs only from Pacte's own trigger or for an
 * admin (trigger-guard.ts), and takes nothing from the event but the response sheet.
 */
import type { IngestReport } from '../../domain/contracts';
import type { DataRecord } from '../../domain/schema/field';
import { CAMPAIGNS } from '../../domain/surveys/tables';
import { SheetTable } from '../../services/sheet-table';
import type { StoreContext } from '../../services/store-context';
import { withDocumentLock } from '../../services/lock';
import { loadSettings } from '../../services/settings-store';
import { toLocalDate } from '../../domain/format/time-zone';
import { campaignOfSheet, ingestResponses, type IngestedRows } from '../../services/surveys/receiving';
import { journalRun, runSends, type SendReport } from '../../services/surveys/sending';
import { refreshSatisfactionDashboard, type Preloaded } from '../../services/surveys/dashboard';
import { serve } from '../frame/endpoint';

interface SubmitEvent {
  range?: { getSheet(): GoogleAppsScript.Spreadsheet.Sheet };
}

/**
 * After responses are stored: the aggregation's refresh (« Tableau satisfaction », low-score
 * follow-ups). Its failure must not undo the stored responses: it is logged, and the next
 * submission or the sidebar's refresh rebuilds the dashboard.
 */
export function afterResponsesStored_(ctx: StoreContext, campaignId?: string, pre: Preloaded = {}): void {
  try {
    refreshSatisfactionDashboard(ctx, campaignId, pre);
  } catch (e) {
    console.error(`Tableau satisfaction non rafraîchi : ${e instanceof Error ? e.message : String(e)}`);
  }
}

function surveySubmit_(ctx: StoreContext, e: SubmitEvent | undefined): IngestReport | null {
  const sheet = e?.range?.getSheet();
  const formUrl = sheet ? sheet.getFormUrl() : null;
  return withDocumentLock(() => {
    const campaigns = SheetTable.open(ctx, CAMPAIGNS);
    const campaign = campaignOfSheet(campaigns, formUrl, formUrl || !sheet ? '' : sheet.getName());
    if (!campaign) return null;
    const rows: IngestedRows = {};
    const report = ingestResponses(ctx, campaigns, campaign, false, rows);
    // The refresh aggregates the rows just read and written: no second read of either sheet.
    if (report.stored > 0) afterResponsesStored_(ctx, report.campaignId, { campaigns: campaigns.all().map((s) => s.record), responses: rows.responses });
    return report;
  });
}

/** Handler of the spreadsheet's form-submit trigger (FORM_SUBMIT_HANDLER). */
export const onSurveySubmit = serve('onSurveySubmit', ({ ctx }, e): void => {
  surveySubmit_(ctx, e as SubmitEvent | undefined);
});

const FULL_SYNC_KEY = 'pacte.surveys.fullSyncDay';

export interface SurveyJobReport {
  today: string;
  synced: IngestReport[];
  sending: SendReport;
}

/** Runs under the document lock and one Journal block (the dispatcher's). */
export function surveyJobs(ctx: StoreContext): SurveyJobReport {
  const today = toLocalDate(new Date(), ctx.timeZone);
  const campaigns = SheetTable.open(ctx, CAMPAIGNS);
  const open = campaigns
    .all()
    .map((s) => s.record)
    .filter((c: DataRecord) => c.status !== 'Clôturée' && c.formId);
  // Full catch-up (every response ID of every open form) once a day; since the checkpoint otherwise.
  const props = PropertiesService.getDocumentProperties();
  const full = props.getProperty(FULL_SYNC_KEY) !== today;
  const synced = open.map((c) => ingestResponses(ctx, campaigns, c, full)).filter((r) => r.stored > 0);
  if (full) props.setProperty(FULL_SYNC_KEY, today);
  const organisation = loadSettings(ctx).organisation;
  const sending = runSends(ctx, { today, organisation });
  if (sending.sent || sending.invalid || sending.uncertain || sending.cancelled || sending.closed.length) journalRun(ctx, '', sending);
  if (synced.length || sending.closed.length) afterResponsesStored_(ctx);
  return { today, synced, sending };
}
