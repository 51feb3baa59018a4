/**
 * From the survey sheets' records to what the sidebar shows: answers adapted for aggregation
 * (Réponses rows carry the partner's type and name; older rows are joined to Partenaires), the campaign summary, and
 * `CampaignResults` with per-partner scores only for the roles allowed in Paramètres.
 */
import type { CampaignResults, CampaignSummary } from '../contracts';
import type { DataRecord } from '../schema/field';
import type { Role } from '../settings/settings';
import { aggregateCampaigns, type CampaignAggregate, type CampaignRef, type DimensionDef, type ResponseFlag, type SurveyAnswer } from './aggregate';
import { SURVEY_DIMENSIONS } from './questionnaire';
import { text } from '../records/coerce';

export const DIMENSIONS: readonly DimensionDef[] = SURVEY_DIMENSIONS;

const score = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** « Signalement » of Réponses → why the response is set aside ('' when it counts). */
export function responseFlag(flag: unknown, partnerId: string): ResponseFlag {
  const f = text(flag).toLowerCase();
  if (f === '') return partnerId ? '' : 'unknown-token'; // no partner: nothing to attribute it to
  if (f.startsWith('jeton')) return 'unknown-token';
  if (f === 'doublon') return 'duplicate';
  return 'invalid';
}

export interface PartnerInfo {
  name: string;
  type: string;
}

export function partnerDirectory(partners: readonly DataRecord[]): Map<string, PartnerInfo> {
  return new Map(partners.map((p) => [text(p.id), { name: text(p.name) || text(p.id), type: text(p.type) }]));
}

/**
 * Whether some of these « Réponses » rows need the join with « Partenaires »: rows stored before
 * the « Partenaire » and « Type de partenaire » columns existed (a partner but no type or name).
 * New rows carry both (copied from the sent-log on receipt), so aggregation reads no other sheet.
 */
export function needsPartnerDirectory(responses: readonly DataRecord[]): boolean {
  return responses.some((r) => text(r.partnerId) !== '' && (text(r.partnerType) === '' || text(r.partnerName) === ''));
}

/**
 * A « Réponses » record as aggregation sees it; the respondent is the personal token. The
 * partner's name and type are the row's own (as when the link was sent), else the directory's.
 */
export function answerFromRecord(r: DataRecord, partners: ReadonlyMap<string, PartnerInfo>, dimensions: readonly DimensionDef[] = DIMENSIONS): SurveyAnswer {
  const partnerId = text(r.partnerId);
  const p = partners.get(partnerId);
  const scores: Record<string, number | null> = {};
  for (const d of dimensions) scores[d.key] = score(r[d.key]);
  return {
    campaignId: text(r.campaignId),
    partnerId,
    partnerType: text(r.partnerType) || (p?.type ?? ''),
    partnerName: text(r.partnerName) || (p?.name ?? partnerId),
    respondent: text(r.token) || `${partnerId}/${text(r.contactId)}`,
    scores,
    nps: score(r.nps),
    comment: text(r.comments),
    flag: responseFlag(r.flag, partnerId),
  };
}

/** Sent count: the « Envoyés » column the sending side keeps up to date in « Enquêtes ». */
export function campaignRef(c: DataRecord): CampaignRef {
  return { id: text(c.id), title: text(c.title), sendDate: text(c.sendDate), sent: typeof c.sent === 'number' ? c.sent : null };
}

const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/**
 * The campaign line: targets, sent, queued and bounced as the sending side keeps them in
 * « Enquêtes »; answered and rate recomputed from the responses counted (tokens that answered).
 */
function campaignSummary(c: DataRecord, agg: CampaignAggregate | undefined): CampaignSummary & { opened: null } {
  const sent = count(c.sent);
  const answered = agg ? agg.answered : count(c.answered);
  return {
    id: text(c.id),
    title: text(c.title),
    period: text(c.period),
    status: text(c.status),
    targets: count(c.targets),
    sent,
    queued: count(c.queued),
    answered,
    responseRate: agg ? agg.responseRate : sent > 0 ? Math.round((1000 * answered) / sent) / 10 : null,
    formUrl: text(c.formUrl),
    closingDate: text(c.closingDate),
    bounced: count(c.bounced),
    // Not measurable with Google Forms and MailApp (see CampaignProgress.opened).
    opened: null,
  };
}

interface SurveyData {
  campaigns: readonly DataRecord[];
  responses: readonly DataRecord[];
  /** Only needed when `needsPartnerDirectory(responses)`. */
  partners: readonly DataRecord[];
}

/** Every campaign aggregated (send-date order), with the campaign records by ID. */
export function aggregateSurveyData(
  data: SurveyData,
  dimensions: readonly DimensionDef[] = DIMENSIONS,
): { aggregates: CampaignAggregate[]; campaigns: Map<string, DataRecord> } {
  const dir = partnerDirectory(data.partners);
  const campaigns = new Map(data.campaigns.filter((c) => text(c.id)).map((c) => [text(c.id), c]));
  const refs = [...campaigns.values()].map(campaignRef);
  const answers = data.responses.map((r) => answerFromRecord(r, dir, dimensions));
  return { aggregates: aggregateCampaigns(refs, answers, dimensions), campaigns };
}

/** What getCampaignResults returns; byPartner is empty unless the caller's role may see it. */
export function campaignResults(campaign: DataRecord, agg: CampaignAggregate, role: Role, detailRoles: readonly Role[]): CampaignResults {
  const allowed = detailRoles.includes(role);
  return {
    campaign: campaignSummary(campaign, agg),
    dimensions: agg.dimensions,
    nps: agg.nps,
    byPartnerType: agg.byPartnerType,
    byPartner: allowed
      ? agg.byPartner.map((p) => ({ group: p.group, mean: p.mean, n: p.n, nps: p.nps, partnerId: p.partnerId, partnerType: p.partnerType }))
      : [],
    trend: agg.trend,
    comments: agg.comments,
    smallSample: agg.smallSample,
    unknownTokens: agg.unknownTokens,
    duplicates: agg.duplicates,
    overallMean: agg.overall.mean,
    byPartnerAllowed: allowed,
  };
}
