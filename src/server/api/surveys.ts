/**
 * Sidebar API: survey campaigns — create (form generated), list with live progress,
 * send now, catch-up sync of responses, bounced addresses, triggers. Results are in
 * survey-results.ts (getCampaignResults).
 */
import type { IngestReport, ResendReport } from '../../domain/contracts';
import type { CampaignSummary } from '../../domain/contracts';
import { CAMPAIGNS, SENDS } from '../../domain/surveys/tables';
import type { CampaignProgress } from '../../domain/surveys/campaign';
import { SheetTable } from '../../services/sheet-table';
import { appendJournal } from '../../services/journal';
import { loadSettings } from '../../services/settings-store';
import { toLocalDate } from '../../domain/format/time-zone';
import type { StoreContext } from '../../services/store-context';
import { createCampaignIn, listCampaignsIn } from '../../services/surveys/campaigns';
import { ingestResponses } from '../../services/surveys/receiving';
import { journalRun, requeueUncertain, runSends } from '../../services/surveys/sending';
import { writeColumn, type LogSheet } from '../../services/surveys/append';
import { afterResponsesStored_ } from '../jobs/surveys';
import { serve } from '../frame/endpoint';

const today = (ctx: StoreContext): string => toLocalDate(new Date(), ctx.timeZone);

function summaryById(ctx: StoreContext, id: string): CampaignProgress {
  const found = listCampaignsIn(ctx).find((c) => c.id === id);
  if (!found) throw new Error(`Enquête ${id} introuvable dans la feuille « Enquêtes ».`);
  return found;
}

/** Creates a campaign: its Google Form (published, checked) and its recipients queued with personal tokens. */
export const createCampaign = serve('createCampaign', ({ ctx }, draft): CampaignSummary =>
  createCampaignIn(ctx, draft, today(ctx), loadSettings(ctx).organisation),
);

/**
 * Every campaign, newest first, with live progress recomputed from « Envois enquêtes » and
 * « Réponses » at each call: targets, sent, queued, answered, responseRate, bounced, uncertain,
 * and opened (always null: link opens are not measurable with Google Forms and MailApp).
 */
export const listCampaigns = serve('listCampaigns', ({ ctx }): CampaignProgress[] => listCampaignsIn(ctx));

/**
 * Sends the campaign now (its send date becomes today if later): what fits in today's quota
 * leaves, the rest stays « En attente » for the hourly survey job. Due reminders go to non-respondents.
 */
export const sendCampaign = serve('sendCampaign', ({ ctx }, campaignId): CampaignSummary => {
  const campaigns = SheetTable.open(ctx, CAMPAIGNS);
  const c = campaigns.getOrThrow(campaignId).record;
  if (c.status === 'Clôturée') throw new Error(`Enquête ${campaignId} : elle est clôturée, plus aucun envoi n'est possible.`);
  const t = today(ctx);
  if (c.closingDate < t) throw new Error(`Enquête ${campaignId} : la date de clôture est passée.`);
  if (c.sendDate > t) campaigns.update(campaignId, { sendDate: t }, 'envoi anticipé');
  const report = runSends(ctx, { campaignId, today: t, organisation: loadSettings(ctx).organisation });
  journalRun(ctx, campaignId, report);
  return summaryById(ctx, campaignId);
});

/**
 * Catch-up sync: stores every response of the campaign's form (or of every campaign) not yet in
 * « Réponses », by response ID — safe to run any number of times.
 */
export const syncSurveyResponses = serve('syncSurveyResponses', ({ ctx }, campaignId): IngestReport[] => {
  const campaigns = SheetTable.open(ctx, CAMPAIGNS);
  const list = campaignId
    ? [campaigns.getOrThrow(campaignId).record]
    : campaigns
        .all()
        .map((s) => s.record)
        .filter((c) => c.formId);
  const reports = list.map((c) => ingestResponses(ctx, campaigns, c, true));
  const stored = reports.reduce((n, r) => n + r.stored, 0);
  if (stored > 0) {
    appendJournal(
      ctx,
      reports
        .filter((r) => r.stored)
        .map((r) => ({
          sheet: 'Réponses',
          recordId: r.campaignId,
          action: 'synchronisation',
          field: '',
          before: '',
          after: `${r.stored} réponse(s) récupérée(s)`,
        })),
    );
    afterResponsesStored_(ctx, campaignId || undefined);
  }
  return reports;
});

/**
 * Addresses that bounced (Gmail's « Delivery Status Notification »: MailApp cannot see bounces):
 * their first sending becomes « Rebond » and counts in the campaign's « bounced ».
 */
export const reportSurveyBounces = serve('reportSurveyBounces', ({ ctx }, campaignId, emails): CampaignSummary => {
  const wanted = new Set(emails.map((e) => e.toLowerCase()).filter(Boolean));
  SheetTable.open(ctx, CAMPAIGNS).getOrThrow(campaignId);
  const sends = SheetTable.open(ctx, SENDS);
  const changes = new Map<number, string>();
  const known = new Map<number, string>();
  for (const { row, record } of sends.all()) {
    known.set(row, record.status);
    if (record.campaignId === campaignId && wanted.has(record.email.toLowerCase()) && record.status === 'Envoyé') changes.set(row, 'Rebond');
  }
  const log: LogSheet = { sheet: sends.sheet, spec: SENDS, columns: sends.columns, width: Math.max(...sends.columns.values()) + 1 };
  writeColumn(ctx, log, 'status', changes, known);
  if (changes.size)
    appendJournal(ctx, [
      { sheet: CAMPAIGNS.sheetName, recordId: campaignId, action: 'rebond', field: '', before: '', after: `${changes.size} adresse(s) en échec signalée(s)` },
    ]);
  return summaryById(ctx, campaignId);
});

/**
 * An admin's decision after a sending run was killed midway: the messages left « Envoi incertain »
 * (they may have left, so they are never resent automatically) are sent again now — a contact
 * may then receive the invitation twice, which the admin accepts rather than nobody receiving it.
 * What the quota does not allow today stays « En attente » for the hourly job. Journaled.
 */
export const resendUncertain = serve('resendUncertain', ({ ctx }, campaignId): ResendReport => {
  const c = SheetTable.open(ctx, CAMPAIGNS).getOrThrow(campaignId).record;
  const t = today(ctx);
  if (c.status === 'Clôturée' || c.closingDate < t) throw new Error(`Enquête ${campaignId} : elle est clôturée, plus aucun envoi n'est possible.`);
  const requeued = requeueUncertain(ctx, campaignId);
  if (requeued === 0) return { requeued: 0, sent: 0, campaign: summaryById(ctx, campaignId) };
  appendJournal(ctx, [
    {
      sheet: CAMPAIGNS.sheetName,
      recordId: campaignId,
      action: 'renvoi',
      field: '',
      before: '',
      after: `${requeued} envoi(s) incertain(s) renvoyé(s) sur décision de ${ctx.user}`,
    },
  ]);
  const report = runSends(ctx, { campaignId, today: t, organisation: loadSettings(ctx).organisation });
  journalRun(ctx, campaignId, report);
  return { requeued, sent: report.sent, campaign: summaryById(ctx, campaignId) };
});
