/**
 * Survey results over the sheets: reads « Enquêtes », « Réponses » and « Partenaires » once each,
 * rewrites « Tableau satisfaction » in one block with one chart updated in place, and turns low
 * scores into a follow-up action on the partner (journaled, at most once per campaign and partner).
 *
 * `refreshSatisfactionDashboard(ctx, campaignId?)` is what the receiving side calls after each
 * submission: its cost does not depend on the number of past responses (3 reads, 1 setValues,
 * formats, chart; plus, only when a new low score appears, one partner update and 2 property calls).
 */
import { aggregateCampaigns, previousCampaign, type CampaignAggregate } from '../../domain/surveys/aggregate';
import { aggregateSurveyData, answerFromRecord, campaignRef, DIMENSIONS, partnerDirectory, type PartnerInfo } from '../../domain/surveys/results';
import type { DataRecord } from '../../domain/schema/field';
import { CAMPAIGNS, RESPONSES } from '../../domain/surveys/tables';
import { PARTNERS } from '../../domain/schema/tables';
import { CHART_TITLE, DASHBOARD_SHEET, dashboardLayout, type DashboardLayout } from '../../domain/surveys/dashboard';
import { lowScoreFollowUps, type FollowUp } from '../../domain/surveys/follow-up';
import { DEFAULT_LOW_SCORE_THRESHOLD } from '../../domain/surveys/results-settings';
import { escapeForSheet } from '../../domain/format/sheet-text';
import { SheetTable } from '../sheet-table';
import type { StoreContext } from '../store-context';
import { loadSettings } from '../settings-store';
import { toLocalDate } from '../time-zone';
import { withJournalBatch } from '../journal';

export interface SurveyState {
  aggregates: CampaignAggregate[];
  campaigns: Map<string, DataRecord>;
  partners: SheetTable;
}

/** One read of each survey sheet and of Partenaires, then every campaign aggregated. */
export function loadSurveyResults(ctx: StoreContext): SurveyState {
  const campaigns = SheetTable.open(ctx, CAMPAIGNS).all().map((s) => s.record);
  const responses = SheetTable.open(ctx, RESPONSES).all().map((s) => s.record);
  const partners = SheetTable.open(ctx, PARTNERS);
  const partnerRecords = partners.all().map((s) => s.record);
  const { aggregates, campaigns: byId } = aggregateSurveyData({ campaigns, responses, partners: partnerRecords });
  rememberRespondents(responses, partnerDirectory(partnerRecords));
  return { aggregates, campaigns: byId, partners };
}

const RESPONDENTS_KEY = 'pacte.surveys.respondents.v1.';
const RESPONDENTS_TTL = 6 * 3600;
/** CacheService refuses values over 100 KB: bigger directories are simply not cached. */
const MAX_CACHED = 90_000;

/**
 * Keeps, per campaign, the name and type of the partners who answered it (the join of Réponses
 * with Partenaires), so reading one campaign's results needs no read of Partenaires. Written at
 * each refresh (i.e. after each submission); a partner renamed or re-typed since shows its new
 * name or type at the next submission, or within RESPONDENTS_TTL.
 */
function rememberRespondents(responses: readonly DataRecord[], dir: ReadonlyMap<string, PartnerInfo>): void {
  const byCampaign = new Map<string, Record<string, [string, string]>>();
  for (const r of responses) {
    const id = String(r.partnerId ?? '').trim();
    const info = dir.get(id);
    if (!info) continue;
    const c = String(r.campaignId ?? '');
    let m = byCampaign.get(c);
    if (!m) byCampaign.set(c, (m = {}));
    m[id] = [info.name, info.type];
  }
  const values: Record<string, string> = {};
  for (const [c, m] of byCampaign) {
    const json = JSON.stringify(m);
    if (json.length <= MAX_CACHED) values[RESPONDENTS_KEY + c] = json;
  }
  if (Object.keys(values).length) CacheService.getDocumentCache()?.putAll(values, RESPONDENTS_TTL);
}

/**
 * One campaign's results (with the trend against the previous one): reads « Enquêtes » and
 * « Réponses » once; « Partenaires » only when the cached respondents' directory misses a partner.
 */
export function loadCampaignAggregate(ctx: StoreContext, campaignId: string): { aggregate: CampaignAggregate; campaign: DataRecord } | null {
  const campaigns = SheetTable.open(ctx, CAMPAIGNS).all().map((s) => s.record);
  const campaign = campaigns.find((c) => String(c.id) === campaignId);
  if (!campaign) return null;
  const responses = SheetTable.open(ctx, RESPONSES).all().map((s) => s.record);
  const ref = campaignRef(campaign);
  const previous = previousCampaign(ref, campaigns.map(campaignRef));
  const wanted = new Set([campaignId, previous?.id ?? '']);
  const mine = responses.filter((r) => wanted.has(String(r.campaignId ?? '')));
  let dir = cachedRespondents(campaignId);
  const missing = mine.some((r) => String(r.campaignId) === campaignId && String(r.partnerId ?? '').trim() && !dir?.has(String(r.partnerId).trim()));
  if (!dir || missing) {
    const partners = SheetTable.open(ctx, PARTNERS).all().map((s) => s.record);
    dir = partnerDirectory(partners);
    rememberRespondents(mine, dir);
  }
  const refs = previous ? [ref, previous] : [ref];
  const answers = mine.map((r) => answerFromRecord(r, dir!, DIMENSIONS));
  const aggregate = aggregateCampaigns(refs, answers, DIMENSIONS).find((a) => a.campaignId === campaignId)!;
  return { aggregate, campaign };
}

function cachedRespondents(campaignId: string): Map<string, PartnerInfo> | null {
  const hit = CacheService.getDocumentCache()?.get(RESPONDENTS_KEY + campaignId);
  if (!hit) return null;
  try {
    const m = JSON.parse(hit) as Record<string, [string, string]>;
    return new Map(Object.entries(m).map(([id, [name, type]]) => [id, { name, type }]));
  } catch {
    return null;
  }
}

export interface DashboardRefresh {
  campaigns: number;
  responses: number;
  /** Follow-ups created by this refresh: partner ID and the action written. */
  followUps: { partnerId: string; campaignId: string; nextAction: string; nextDue: string }[];
}

/**
 * Rewrites « Tableau satisfaction » (created if missing) and creates the follow-ups of low scores
 * — of `campaignId` only when given (the campaign just answered), else of every campaign.
 */
export function refreshSatisfactionDashboard(ctx: StoreContext, campaignId?: string): DashboardRefresh {
  const state = loadSurveyResults(ctx);
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
  const actions = new Map<string, string>();
  for (const s of state.partners.all()) actions.set(String(s.record.id), String(s.record.nextAction ?? ''));
  const targets = state.aggregates.filter((a) => (campaignId ? a.campaignId === campaignId : true) && state.campaigns.get(a.campaignId)?.sendDate);
  const candidates = targets
    .map((a) => ({ a, list: lowScoreFollowUps(a, String(state.campaigns.get(a.campaignId)?.title ?? a.campaignId), threshold, today, new Set(), actions) }))
    .filter((x) => x.list.length > 0);
  if (candidates.length === 0) return [];
  const props = PropertiesService.getDocumentProperties();
  const created: FollowUp[] = [];
  withJournalBatch(ctx, () => {
    for (const { a, list } of candidates) {
      const key = FOLLOW_UP_KEY + a.campaignId;
      const done = new Set((props.getProperty(key) ?? '').split(',').filter(Boolean));
      const todo = list.filter((f) => !done.has(f.partnerId) && state.partners.get(f.partnerId));
      if (todo.length === 0) continue;
      for (const f of todo) {
        state.partners.update(f.partnerId, { nextAction: f.nextAction, nextDue: f.nextDue }, 'suivi enquête');
        done.add(f.partnerId);
        created.push(f);
      }
      props.setProperty(key, [...done].join(','));
    }
  });
  return created;
}

/** Clears and rewrites the sheet in one setValues; one chart, inserted once then updated in place. */
function writeDashboardSheet(ctx: StoreContext, layout: DashboardLayout): void {
  const sheet = ctx.spreadsheet.getSheetByName(DASHBOARD_SHEET) ?? ctx.spreadsheet.insertSheet(DASHBOARD_SHEET);
  const height = layout.values.length;
  const width = layout.values[0].length;
  sheet.clear();
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (height > maxRows) sheet.insertRowsAfter(maxRows, height - maxRows);
  if (width + 8 > maxColumns) sheet.insertColumnsAfter(maxColumns, width + 8 - maxColumns);
  const block = sheet.getRange(1, 1, height, width);
  block.setValues(layout.values.map((r) => r.map((v) => escapeForSheet(v))));
  const bold = new Set(layout.boldRows);
  block.setFontWeights(layout.values.map((r, i) => r.map(() => (bold.has(i + 1) ? 'bold' : 'normal'))));

  const [existing, ...extra] = sheet.getCharts();
  for (const c of extra) sheet.removeChart(c);
  if (!layout.chart) {
    if (existing) sheet.removeChart(existing);
    return;
  }
  const { headerRow, lastRow, firstColumn, lastColumn } = layout.chart;
  const labels = sheet.getRange(headerRow, 1, lastRow - headerRow + 1, 1);
  const series = sheet.getRange(headerRow, firstColumn, lastRow - headerRow + 1, lastColumn - firstColumn + 1);
  if (existing) {
    sheet.updateChart(existing.modify().clearRanges().addRange(labels).addRange(series).setOption('title', CHART_TITLE).build());
  } else {
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.COLUMN)
        .addRange(labels)
        .addRange(series)
        .setOption('title', CHART_TITLE)
        .setOption('vAxis', { minValue: 0, maxValue: 5 })
        .setPosition(headerRow, width + 2, 0, 0)
        .build(),
    );
  }
}
