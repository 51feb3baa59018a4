/**
 * Survey results over the sheets: reads « Enquêtes » and « Réponses » once each (the rows carry
 * the partner's type and name; « Partenaires » is read only for rows stored before those columns,
 * or to write a follow-up), rewrites « Tableau satisfaction » in one block with one chart (updated
 * in place, only when its ranges move), and turns low scores into a follow-up action on the
 * partner (journaled, at most once per campaign and partner).
 *
 * `refreshSatisfactionDashboard(ctx, campaignId?, preloaded)` is what the receiving side calls
 * after each submission, with the « Enquêtes » and « Réponses » rows it has just read: its cost
 * does not depend on the number of past responses (no read, 1 setValues, formats, chart check;
 * plus, only when a new low score appears, Partenaires, one partner update and 3 property calls).
 */
import type { DashboardRefresh } from '../../domain/contracts';
import { aggregateCampaigns, previousCampaign, type CampaignAggregate } from '../../domain/surveys/aggregate';
import {
  aggregateSurveyData,
  answerFromRecord,
  campaignRef,
  DIMENSIONS,
  needsPartnerDirectory,
  partnerDirectory,
  type PartnerInfo,
} from '../../domain/surveys/results';
import type { DataRecord } from '../../domain/schema/field';
import { CAMPAIGNS, RESPONSES } from '../../domain/surveys/tables';
import { PARTNERS } from '../../domain/schema/tables';
import { CHART_TITLE, DASHBOARD_SHEET, dashboardLayout, type DashboardLayout } from '../../domain/surveys/dashboard';
import { lowScoreFollowUps, type FollowUp } from '../../domain/surveys/follow-up';
import { DEFAULT_LOW_SCORE_THRESHOLD } from '../../domain/surveys/results-settings';
import { storeFor } from '../sheets-store';
import { SheetTable } from '../sheet-table';
import type { StoreContext } from '../store-context';
import { loadSettings } from '../settings-store';
import { toLocalDate } from '../../domain/format/time-zone';

interface SurveyState {
  aggregates: CampaignAggregate[];
  campaigns: Map<string, DataRecord>;
  /** « Partenaires », read on first use only (old rows' join, low-score follow-ups). */
  partners: () => SheetTable<typeof PARTNERS>;
}

/** Sheets already read by the caller in this execution (the receiving side), not read again. */
export interface Preloaded {
  campaigns?: readonly DataRecord[];
  responses?: readonly DataRecord[];
}

/**
 * Every campaign aggregated: one read of « Enquêtes » and of « Réponses » (none when preloaded);
 * « Partenaires » only when some rows predate the partner type/name columns of « Réponses ».
 */
function loadSurveyResults(ctx: StoreContext, pre: Preloaded = {}): SurveyState {
  const campaigns =
    pre.campaigns ??
    SheetTable.open(ctx, CAMPAIGNS)
      .all()
      .map((s) => s.record);
  const responses =
    pre.responses ??
    SheetTable.open(ctx, RESPONSES)
      .all()
      .map((s) => s.record);
  let table: SheetTable<typeof PARTNERS> | null = null;
  const partners = (): SheetTable<typeof PARTNERS> => (table ??= SheetTable.open(ctx, PARTNERS));
  const partnerRecords = needsPartnerDirectory(responses)
    ? partners()
        .all()
        .map((s) => s.record)
    : [];
  const { aggregates, campaigns: byId } = aggregateSurveyData({ campaigns, responses, partners: partnerRecords });
  return { aggregates, campaigns: byId, partners };
}

/**
 * One campaign's results (with the trend against the previous one): reads « Enquêtes » and
 * « Réponses » once each — 5 Sheets calls with getActiveSpreadsheet — and « Partenaires » only
 * when some of these rows predate the partner type/name columns of « Réponses ».
 */
export function loadCampaignAggregate(ctx: StoreContext, campaignId: string): { aggregate: CampaignAggregate; campaign: DataRecord } | null {
  const campaigns = SheetTable.open(ctx, CAMPAIGNS)
    .all()
    .map((s) => s.record);
  const campaign = campaigns.find((c) => c.id === campaignId);
  if (!campaign) return null;
  const responses = SheetTable.open(ctx, RESPONSES)
    .all()
    .map((s) => s.record);
  const ref = campaignRef(campaign);
  const previous = previousCampaign(ref, campaigns.map(campaignRef));
  const wanted = new Set([campaignId, previous?.id ?? '']);
  const mine = responses.filter((r) => wanted.has(r.campaignId));
  const dir = needsPartnerDirectory(mine)
    ? partnerDirectory(
        SheetTable.open(ctx, PARTNERS)
          .all()
          .map((s) => s.record),
      )
    : new Map<string, PartnerInfo>();
  const refs = previous ? [ref, previous] : [ref];
  const answers = mine.map((r) => answerFromRecord(r, dir, DIMENSIONS));
  const aggregate = aggregateCampaigns(refs, answers, DIMENSIONS).find((a) => a.campaignId === campaignId)!;
  return { aggregate, campaign };
}

/**
 * Rewrites « Tableau satisfaction » (created if missing) and creates the follow-ups of low scores
 * — of `campaignId` only when given (the campaign just answered), else of every campaign.
 */
export function refreshSatisfactionDashboard(ctx: StoreContext, campaignId?: string, pre: Preloaded = {}): DashboardRefresh {
  const state = loadSurveyResults(ctx, pre);
  const today = toLocalDate(new Date(), ctx.timeZone);
  writeDashboardSheet(ctx, dashboardLayout(state.aggregates, state.campaigns, DIMENSIONS, today));
  const followUps = createLowScoreFollowUps(ctx, state, today, campaignId);
  return {
    campaigns: state.aggregates.length,
    responses: state.aggregates.reduce((s, a) => s + a.n, 0),
    followUps: followUps.map(({ partnerId, campaignId: c, nextAction, nextDue }) => ({ partnerId, campaignId: c, nextAction, nextDue })),
  };
}

const FOLLOW_UP_KEY = 'pacte.surveys.followUps.';

/**
 * Sets « Prochaine action » and « Prochaine échéance » of each partner below the threshold. The
 * partners done are recorded per campaign in the document properties AFTER the update, and a
 * partner whose next action already is this campaign's follow-up is skipped: so a run killed
 * between the two never creates the follow-up twice.
 */
function createLowScoreFollowUps(ctx: StoreContext, state: SurveyState, today: string, campaignId?: string): FollowUp[] {
  const threshold = loadSettings(ctx).survey?.lowScoreThreshold ?? DEFAULT_LOW_SCORE_THRESHOLD;
  const targets = state.aggregates.filter((a) => (campaignId ? a.campaignId === campaignId : true) && state.campaigns.get(a.campaignId)?.sendDate);
  const title = (a: CampaignAggregate) => String(state.campaigns.get(a.campaignId)?.title ?? a.campaignId);
  // Partners below the threshold, minus those already done: usually none, and then neither the
  // properties nor « Partenaires » are read.
  const below = targets.filter((a) => lowScoreFollowUps(a, title(a), threshold, today, new Set()).length > 0);
  if (below.length === 0) return [];
  const props = PropertiesService.getDocumentProperties();
  const stored = props.getProperties();
  const doneOf = (a: CampaignAggregate) => new Set((stored[FOLLOW_UP_KEY + a.campaignId] ?? '').split(',').filter(Boolean));
  const pending = below.map((a) => ({ a, done: doneOf(a) })).filter(({ a, done }) => lowScoreFollowUps(a, title(a), threshold, today, done).length > 0);
  if (pending.length === 0) return [];
  const partners = state.partners();
  const actions = new Map<string, string>();
  for (const s of partners.all()) actions.set(s.record.id, s.record.nextAction);
  const created: FollowUp[] = [];
  for (const { a, done } of pending) {
    const todo = lowScoreFollowUps(a, title(a), threshold, today, done, actions).filter((f) => partners.get(f.partnerId));
    if (todo.length === 0) continue;
    // One write per partner: only partners newly below the threshold (the done list skips
    // earlier ones), so one per low answer, not per partner of the sheet.
    for (const f of todo) {
      partners.update(f.partnerId, { nextAction: f.nextAction, nextDue: f.nextDue }, 'suivi enquête');
      done.add(f.partnerId);
      created.push(f);
    }
    props.setProperty(FOLLOW_UP_KEY + a.campaignId, [...done].join(','));
  }
  return created;
}

/** Clears and rewrites the sheet in one setValues; one chart, inserted once then updated in place. */
function writeDashboardSheet(ctx: StoreContext, layout: DashboardLayout): void {
  const c = layout.chart;
  const rows = c ? c.lastRow - c.headerRow + 1 : 0;
  storeFor(ctx).rewriteOwned(DASHBOARD_SHEET, {
    values: layout.values,
    boldRows: layout.boldRows,
    spareColumns: 8,
    chart: c && {
      title: CHART_TITLE,
      ranges: [
        { row: c.headerRow, column: 1, rows, columns: 1 },
        { row: c.headerRow, column: c.firstColumn, rows, columns: c.lastColumn - c.firstColumn + 1 },
      ],
      insertOptions: { vAxis: { minValue: 0, maxValue: 5 } },
      anchor: { row: c.headerRow, column: layout.values[0].length + 2 },
    },
  });
}
