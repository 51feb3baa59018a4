import type { CampaignDraft } from '../../src/domain/contracts';

/** The yearly satisfaction survey of `partnerIds` as staff fill it in: sent on 12 March, one reminder after a week. */
export function draft(partnerIds: string[], extra: Partial<CampaignDraft> = {}): CampaignDraft {
  return {
    title: 'Satisfaction 2026',
    period: '2025-2026',
    target: { partnerIds },
    language: 'fr',
    sendDate: '2026-03-12',
    reminderDays: [7],
    closingDate: '2026-04-30',
    ...extra,
  };
}
