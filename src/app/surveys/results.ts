/**
 * Survey results: one campaign's scores for the sidebar, and « Tableau satisfaction » rewritten in
 * one block with one chart (updated in place, only when its ranges move); low scores become a
 * follow-up action on the partner (journaled, at most once per campaign and partner).
 *
 * « Enquêtes » and « Réponses » are read once each (the rows carry the partner's type and name;
 * « Partenaires » is read only for rows stored before those columns, or to write a follow-up).
 * After a submission the receiving side hands over the rows it has just read: the refresh then
 * costs the same whatever the number of past responses.
 */
import type { CampaignReach, CampaignResults, DashboardRefresh } from '../../domain/contracts';
import type { DataRecord } from '../../domain/schema/field';
import { PARTNERS } from '../../domain/schema/tables';
import type { Role, Settings } from '../../domain/settings/settings';
import { aggregateCampaigns, previousCampaign, type CampaignAggregate } from '../../domain/surveys/aggregate';
import {
  aggregateSurveyData,
  answerFromRecord,
  campaignRef,
  campaignResults,
  DIMENSIONS,
  needsPartnerDirectory,
  partnerDirectory,
  type PartnerInfo,
} from '../../domain/surveys/results';
import { CAMPAIGNS } from '../../domain/surveys/tables';
import { isEvaluationCampaign } from '../../domain/evaluation/partner-form';
import { CHART_TITLE, DASHBOARD_SHEET, dashboardLayout, type DashboardLayout } from '../../domain/surveys/dashboard';
import { lowScoreFollowUps, type FollowUp } from '../../domain/surveys/follow-up';
import { DEFAULT_DETAIL_ROLES, DEFAULT_LOW_SCORE_THRESHOLD } from '../../domain/surveys/results-settings';
import { rawText } from '../../domain/records/coerce';
import { RecordNotFoundError } from '../../domain/errors/store-errors';
import type { Store } from '../../store/store';
import type { Ports } from '../ports';
import { readResponses, readSends } from './logs';

const campaignRecords = (store: Store): DataRecord[] =>
  store
    .table(CAMPAIGNS)
    .all()
    .map((s) => s.record);
const partnerRecords = (store: Store): DataRecord[] =>
  store
    .table(PARTNERS)
    .all()
    .map((s) => s.record);

/**
 * Scores of one campaign: per dimension, NPS, per partner type, trend against the previous one,
 * comments. Per-partner scores only for the roles of Paramètres › Enquêtes (admin and DG by default).
 */
export function getCampaignResults(store: Store, settings: Settings, role: Role, campaignId: string): CampaignResults {
  const campaigns = campaignRecords(store);
  const campaign = campaigns.find((c) => c.id === campaignId);
  if (!campaign) throw new RecordNotFoundError(CAMPAIGNS.sheetName, campaignId);
  const ref = campaignRef(campaign);
  const previous = previousCampaign(ref, campaigns.filter((c) => !isEvaluationCampaign(c)).map(campaignRef));
  const wanted = new Set([campaignId, previous?.id ?? '']);
  const mine = readResponses(store)
    .rows.map((r) => r.record)
    .filter((r) => wanted.has(rawText(r.campaignId)));
  const dir = needsPartnerDirectory(mine) ? partnerDirectory(partnerRecords(store)) : new Map<string, PartnerInfo>();
  const refs = previous ? [ref, previous] : [ref];
  const answers = mine.map((r) => answerFromRecord(r, dir, DIMENSIONS));
  const aggregate = aggregateCampaigns(refs, answers, DIMENSIONS).find((a) => a.campaignId === campaignId)!;
  return campaignResults(campaign, aggregate, role, settings.survey?.detailRoles ?? DEFAULT_DETAIL_ROLES);
}

/**
 * For the campaign's page, beside its scores (a call of its own, so the scores keep their budget):
 * the targets no invitation can reach, named so the user can fix their address, and today's mail
 * quota, so the sidebar says before sending how many leave now and how many wait.
 */
export function getCampaignReach(ports: Ports, campaignId: string): CampaignReach {
  ports.store.table(CAMPAIGNS).getOrThrow(campaignId);
  const unreachable = readSends(ports.store)
    .rows.map((s) => s.record)
    .filter((s) => rawText(s.campaignId) === campaignId && s.status === 'Adresse invalide')
    .map((s) => ({ partnerName: rawText(s.partnerName), contactName: rawText(s.contactName), reason: rawText(s.error) }));
  return { unreachable, mailQuota: ports.mail.remainingQuota() };
}

/** Sheets already read by the caller in this execution (the receiving side), not read again. */
export interface Preloaded {
  campaigns?: readonly DataRecord[];
  responses?: readonly DataRecord[];
}

interface SurveyState {
  aggregates: CampaignAggregate[];
  campaigns: Map<string, DataRecord>;
}

/**
 * Rewrites « Tableau satisfaction » (created if missing) and creates the follow-ups of low scores
 * — of `campaignId` only when given (the campaign just answered), else of every campaign.
 */
export function refreshSatisfaction(ports: Ports, campaignId?: string, pre: Preloaded = {}): DashboardRefresh {
  const { store } = ports;
  // Joint evaluations' Forms are not satisfaction surveys: out of the dashboard and its follow-ups.
  const campaigns = (pre.campaigns ?? campaignRecords(store)).filter((c) => !isEvaluationCampaign(c));
  const responses = pre.responses ?? readResponses(store).rows.map((r) => r.record);
  const partners = needsPartnerDirectory(responses) ? partnerRecords(store) : [];
  const state: SurveyState = aggregateSurveyData({ campaigns, responses, partners });
  const today = store.today();
  writeDashboardSheet(store, dashboardLayout(state.aggregates, state.campaigns, DIMENSIONS, today));
  const followUps = createLowScoreFollowUps(ports, state, today, campaignId);
  return {
    campaigns: state.aggregates.length,
    responses: state.aggregates.reduce((s, a) => s + a.n, 0),
    followUps: followUps.map(({ partnerId, campaignId: c, nextAction, nextDue }) => ({ partnerId, campaignId: c, nextAction, nextDue })),
  };
}

/**
 * After responses are stored: the aggregation's refresh (« Tableau satisfaction », low-score
 * follow-ups). Its failure must not undo the stored responses: it is logged, and the next
 * submission or the sidebar's refresh rebuilds the dashboard.
 */
export function afterResponsesStored(ports: Ports, campaignId?: string, pre: Preloaded = {}): void {
  try {
    refreshSatisfaction(ports, campaignId, pre);
  } catch (e) {
    ports.surveys.warn(`Tableau satisfaction non rafraîchi : ${e instanceof Error ? e.message : String(e)}`);
  }
}

const FOLLOW_UP_KEY = 'pacte.surveys.followUps.';

/**
 * Sets « Prochaine action » and « Prochaine échéance » of each partner below the threshold. The
 * partners done are recorded per campaign in the document marks AFTER the update, and a partner
 * whose next action already is this campaign's follow-up is skipped: so a run killed between the
 * two never creates the follow-up twice.
 */
function createLowScoreFollowUps(ports: Ports, state: SurveyState, today: string, campaignId?: string): FollowUp[] {
  const { store, surveys } = ports;
  const targets = state.aggregates.filter((a) => (campaignId ? a.campaignId === campaignId : true) && state.campaigns.get(a.campaignId)?.sendDate);
  const title = (a: CampaignAggregate) => String(state.campaigns.get(a.campaignId)?.title ?? a.campaignId);
  // Partners below the threshold, minus those already done: usually none, and then neither
  // Paramètres, the marks nor « Partenaires » are read.
  let threshold: number | null = null;
  const thresholdOf = () => (threshold ??= surveys.settings().survey?.lowScoreThreshold ?? DEFAULT_LOW_SCORE_THRESHOLD);
  const below = targets.filter((a) => lowScoreFollowUps(a, title(a), thresholdOf(), today, new Set()).length > 0);
  if (below.length === 0) return [];
  const stored = surveys.marks.all();
  const doneOf = (a: CampaignAggregate) => new Set((stored[FOLLOW_UP_KEY + a.campaignId] ?? '').split(',').filter(Boolean));
  const pending = below.map((a) => ({ a, done: doneOf(a) })).filter(({ a, done }) => lowScoreFollowUps(a, title(a), thresholdOf(), today, done).length > 0);
  if (pending.length === 0) return [];
  const partners = store.table(PARTNERS);
  const actions = new Map<string, string>();
  for (const s of partners.all()) actions.set(s.record.id, s.record.nextAction);
  const created: FollowUp[] = [];
  for (const { a, done } of pending) {
    const todo = lowScoreFollowUps(a, title(a), thresholdOf(), today, done, actions).filter((f) => partners.get(f.partnerId));
    if (todo.length === 0) continue;
    // One write per partner: only partners newly below the threshold (the done list skips
    // earlier ones), so one per low answer, not per partner of the sheet.
    for (const f of todo) {
      partners.update(f.partnerId, { nextAction: f.nextAction, nextDue: f.nextDue }, 'suivi enquête');
      done.add(f.partnerId);
      created.push(f);
    }
    surveys.marks.set(FOLLOW_UP_KEY + a.campaignId, [...done].join(','));
  }
  return created;
}

/** Clears and rewrites the sheet in one block; one chart, inserted once then updated in place. */
function writeDashboardSheet(store: Store, layout: DashboardLayout): void {
  const c = layout.chart;
  const rows = c ? c.lastRow - c.headerRow + 1 : 0;
  store.rewriteOwned(DASHBOARD_SHEET, {
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
