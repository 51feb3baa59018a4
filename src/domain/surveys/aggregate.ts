/**
 * Satisfaction scores of survey campaigns, from the answers alone: means and distributions per
 * dimension, NPS with its counts, response rate, per partner type and per partner, trend against
 * the previous campaign, comments, and the responses set aside (unknown token, duplicate).
 *
 * Conventions (hand-checkable, see test/domain/surveys-aggregate.test.ts):
 * - a dimension's mean ignores missing answers; its n counts the answers given;
 * - the overall mean pools every dimension answer of the responses counted (one answer = one vote);
 * - NPS = round(100 × (promoters − detractors) / n), promoters 9–10, passives 7–8, detractors 0–6;
 * - means are rounded to 2 decimals for display; deltas are computed from unrounded values;
 * - a flagged response (unknown token, duplicate) is kept in the sheet but never counted;
 * - an unflagged second response from the same respondent (token) counts as a duplicate too: the
 *   first one (first in sheet order) counts, as the receiving side does when it flags the later rows
 *   « doublon » (whoever holds a forwarded link cannot replace the contact's answer).
 */
import type { DimensionScore, GroupScore, NpsScore } from '../contracts';
import { PARTNER_TYPES } from '../schema/vocabulary';

/** Why a response is set aside: '' when it counts. */
export type ResponseFlag = '' | 'unknown-token' | 'duplicate' | 'invalid';

/** One response as aggregation needs it (adapted from the « Réponses » sheet). */
export interface SurveyAnswer {
  campaignId: string;
  partnerId: string;
  /** Partner type joined from « Partenaires » ('' when unknown). */
  partnerType: string;
  partnerName?: string;
  /** Who answered (token or contact): two unflagged responses with the same key are one answer. Defaults to partnerId. */
  respondent?: string;
  /** Dimension key → 1–5 score, null when not answered. */
  scores: Readonly<Record<string, number | null>>;
  /** 0–10, null when not answered. */
  nps: number | null;
  comment: string;
  flag: ResponseFlag;
}

export interface DimensionDef {
  key: string;
  label: string;
}

/** A campaign as aggregation needs it. */
export interface CampaignRef {
  id: string;
  title: string;
  /** "YYYY-MM-DD" or '' when not sent yet: orders campaigns for the trend. */
  sendDate: string;
  /** Links sent (see survey-results service for where it comes from); null when unknown. */
  sent: number | null;
}

interface PartnerScore extends GroupScore {
  partnerId: string;
  partnerType: string;
}

interface Trend {
  previousCampaignId: string;
  meanDelta: number | null;
  npsDelta: number | null;
}

export interface CampaignAggregate {
  campaignId: string;
  /** Responses counted. */
  n: number;
  /** Distinct respondents among the responses counted. */
  answered: number;
  /** answered / sent × 100, 1 decimal (as the campaign progress shows it); null when nothing was sent. */
  responseRate: number | null;
  /** Pooled over every dimension answer; sum kept so deltas use the unrounded mean. */
  overall: { mean: number | null; n: number; sum: number };
  dimensions: DimensionScore[];
  nps: NpsScore;
  byPartnerType: GroupScore[];
  byPartner: PartnerScore[];
  comments: string[];
  smallSample: boolean;
  unknownTokens: number;
  duplicates: number;
  trend: Trend | null;
}

export const SMALL_SAMPLE = 5;
export const UNKNOWN_TYPE = 'Type non renseigné';

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** A 1–5 score, or null for a missing / out-of-range answer. */
function validScore(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) && v >= 1 && v <= 5 ? v : null;
}

/** A 0–10 integer recommendation, or null. */
function validNps(v: unknown): number | null {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 10 ? v : null;
}

/** Running sums, so every group is aggregated in one pass over the responses. */
class Accumulator {
  sum = 0;
  count = 0;
  responses = 0;
  promoters = 0;
  passives = 0;
  detractors = 0;
  add(a: SurveyAnswer, dimensions: readonly DimensionDef[]): void {
    this.responses++;
    for (const d of dimensions) {
      const v = validScore(a.scores[d.key]);
      if (v !== null) {
        this.sum += v;
        this.count++;
      }
    }
    this.addNps(validNps(a.nps));
  }
  addNps(v: number | null): void {
    if (v === null) return;
    if (v >= 9) this.promoters++;
    else if (v >= 7) this.passives++;
    else this.detractors++;
  }
  rawMean(): number | null {
    return this.count ? this.sum / this.count : null;
  }
  npsScore(): NpsScore {
    const n = this.promoters + this.passives + this.detractors;
    return {
      nps: n ? Math.round((100 * (this.promoters - this.detractors)) / n) : null,
      promoters: this.promoters,
      passives: this.passives,
      detractors: this.detractors,
      n,
    };
  }
}

export function npsOf(values: readonly (number | null)[]): NpsScore {
  const acc = new Accumulator();
  for (const v of values) acc.addNps(validNps(v));
  return acc.npsScore();
}

export function dimensionScore(dimension: string, values: readonly (number | null)[]): DimensionScore {
  const distribution = [0, 0, 0, 0, 0];
  let sum = 0;
  let n = 0;
  for (const raw of values) {
    const v = validScore(raw);
    if (v === null) continue;
    sum += v;
    n++;
    distribution[Math.round(v) - 1]++;
  }
  return { dimension, mean: n ? round2(sum / n) : null, n, distribution };
}

/** The responses that count, and how many were set aside. */
export function countedAnswers(answers: readonly SurveyAnswer[]): { counted: SurveyAnswer[]; unknownTokens: number; duplicates: number } {
  let unknownTokens = 0;
  let duplicates = 0;
  const first = new Map<string, SurveyAnswer>();
  for (const a of answers) {
    if (a.flag === 'unknown-token') unknownTokens++;
    else if (a.flag === 'duplicate') duplicates++;
    else if (a.flag === '') {
      const key = `${a.campaignId}\u0000${a.respondent || a.partnerId}`;
      if (first.has(key)) duplicates++;
      else first.set(key, a);
    }
  }
  return { counted: [...first.values()], unknownTokens, duplicates };
}

const typeRank = (t: string): number => {
  const i = (PARTNER_TYPES as readonly string[]).indexOf(t);
  return i >= 0 ? i : t === UNKNOWN_TYPE ? PARTNER_TYPES.length + 1 : PARTNER_TYPES.length;
};

/** Aggregates one campaign's responses (all of them, flagged included). Trend is left null. */
function aggregateCampaign(campaign: CampaignRef, answers: readonly SurveyAnswer[], dimensions: readonly DimensionDef[]): CampaignAggregate {
  const { counted, unknownTokens, duplicates } = countedAnswers(answers);
  const all = new Accumulator();
  const byType = new Map<string, Accumulator>();
  const byPartner = new Map<string, { acc: Accumulator; name: string; type: string }>();
  const respondents = new Set<string>();
  const comments: string[] = [];
  for (const a of counted) {
    all.add(a, dimensions);
    const type = a.partnerType.trim() || UNKNOWN_TYPE;
    let t = byType.get(type);
    if (!t) byType.set(type, (t = new Accumulator()));
    t.add(a, dimensions);
    let p = byPartner.get(a.partnerId);
    if (!p) byPartner.set(a.partnerId, (p = { acc: new Accumulator(), name: a.partnerName || a.partnerId, type }));
    p.acc.add(a, dimensions);
    respondents.add(a.respondent || a.partnerId);
    const c = a.comment.trim();
    if (c) comments.push(c);
  }
  const mean = all.rawMean();
  const group = (name: string, acc: Accumulator): GroupScore => {
    const m = acc.rawMean();
    return { group: name, mean: m === null ? null : round2(m), n: acc.responses, nps: acc.npsScore().nps };
  };
  return {
    campaignId: campaign.id,
    n: counted.length,
    answered: respondents.size,
    responseRate: campaign.sent ? Math.round((1000 * respondents.size) / campaign.sent) / 10 : null,
    overall: { mean: mean === null ? null : round2(mean), n: all.count, sum: all.sum },
    dimensions: dimensions.map((d) =>
      dimensionScore(
        d.label,
        counted.map((a) => a.scores[d.key] ?? null),
      ),
    ),
    nps: all.npsScore(),
    byPartnerType: [...byType].sort(([a], [b]) => typeRank(a) - typeRank(b) || a.localeCompare(b, 'fr')).map(([name, acc]) => group(name, acc)),
    byPartner: [...byPartner]
      .map(([partnerId, p]) => ({ ...group(p.name, p.acc), partnerId, partnerType: p.type }))
      .sort((a, b) => a.group.localeCompare(b.group, 'fr') || a.partnerId.localeCompare(b.partnerId)),
    comments,
    smallSample: counted.length < SMALL_SAMPLE,
    unknownTokens,
    duplicates,
    trend: null,
  };
}

const rawOverall = (a: CampaignAggregate): number | null => (a.overall.n ? a.overall.sum / a.overall.n : null);

/** The campaign sent last before this one (by send date, then ID); null for the first or an unsent one. */
export function previousCampaign<C extends CampaignRef>(campaign: CampaignRef, campaigns: readonly C[]): C | null {
  if (!campaign.sendDate) return null;
  let best: C | null = null;
  for (const c of campaigns) {
    if (c.id === campaign.id || !c.sendDate) continue;
    const before = c.sendDate < campaign.sendDate || (c.sendDate === campaign.sendDate && c.id < campaign.id);
    if (!before) continue;
    if (!best || c.sendDate > best.sendDate || (c.sendDate === best.sendDate && c.id > best.id)) best = c;
  }
  return best;
}

/**
 * Aggregates every campaign in one pass over the responses (grouped by campaign first), then
 * fills each campaign's trend against the previous one. Campaigns come back in send-date order
 * (unsent ones last).
 */
export function aggregateCampaigns(
  campaigns: readonly CampaignRef[],
  answers: readonly SurveyAnswer[],
  dimensions: readonly DimensionDef[],
): CampaignAggregate[] {
  const byCampaign = new Map<string, SurveyAnswer[]>(campaigns.map((c) => [c.id, []]));
  for (const a of answers) byCampaign.get(a.campaignId)?.push(a);
  const ordered = [...campaigns].sort((a, b) => (a.sendDate || '9999').localeCompare(b.sendDate || '9999') || a.id.localeCompare(b.id));
  const results = ordered.map((c) => aggregateCampaign(c, byCampaign.get(c.id)!, dimensions));
  const byId = new Map(results.map((r) => [r.campaignId, r]));
  for (const c of ordered) {
    const prev = previousCampaign(c, ordered);
    if (!prev) continue;
    const now = byId.get(c.id)!;
    const before = byId.get(prev.id)!;
    const m = rawOverall(now);
    const pm = rawOverall(before);
    now.trend = {
      previousCampaignId: prev.id,
      meanDelta: m === null || pm === null ? null : round2(m - pm),
      npsDelta: now.nps.nps === null || before.nps.nps === null ? null : now.nps.nps - before.nps.nps,
    };
  }
  return results;
}
