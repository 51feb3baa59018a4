/**
 * Low satisfaction scores become a follow-up action on the partner (« Prochaine action »).
 * Rule: a partner's MEAN score in a campaign (every dimension answer of its counted responses,
 * pooled, 2 decimals) strictly below the threshold of Paramètres › Enquêtes. One weak dimension
 * among good ones does not trigger it (it shows in the dimension table); a partner answering
 * nothing but the NPS has no mean and gets no follow-up. At most once per campaign and partner.
 */
import { addDays, type LocalDate } from '../format/local-date';
import { formatNumberFr } from '../format/french';
import type { CampaignAggregate } from './aggregate';

const FOLLOW_UP_DAYS = 7;

export interface FollowUp {
  campaignId: string;
  partnerId: string;
  mean: number;
  nextAction: string;
  nextDue: LocalDate;
}

/** "2.25" → "2,25", "2" → "2". */
export function formatScore(x: number): string {
  const r = Math.round(x * 100) / 100;
  return formatNumberFr(r, Number.isInteger(r) ? 0 : Number.isInteger(r * 10) ? 1 : 2);
}

const followUpPrefix = (campaignTitle: string): string => `Suivi enquête ${campaignTitle}`;

export function followUpText(campaignTitle: string, mean: number): string {
  return `${followUpPrefix(campaignTitle)} : score ${formatScore(mean)}`;
}

/**
 * Follow-ups to create for one campaign: partners below the threshold, minus those already done
 * (`done`: partner IDs recorded for this campaign) and those whose next action already is this
 * campaign's follow-up (`currentActions`: partner ID → « Prochaine action »).
 */
export function lowScoreFollowUps(
  agg: CampaignAggregate,
  campaignTitle: string,
  threshold: number,
  today: LocalDate,
  done: ReadonlySet<string>,
  currentActions: ReadonlyMap<string, string> = new Map(),
): FollowUp[] {
  const prefix = followUpPrefix(campaignTitle);
  const out: FollowUp[] = [];
  for (const p of agg.byPartner) {
    if (p.mean === null || p.mean >= threshold || done.has(p.partnerId)) continue;
    if ((currentActions.get(p.partnerId) ?? '').startsWith(prefix)) continue;
    out.push({
      campaignId: agg.campaignId,
      partnerId: p.partnerId,
      mean: p.mean,
      nextAction: followUpText(campaignTitle, p.mean),
      nextDue: addDays(today, FOLLOW_UP_DAYS),
    });
  }
  return out;
}
