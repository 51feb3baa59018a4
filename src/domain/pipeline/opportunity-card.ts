/** An opportunity as the pipeline board and the partner card show it (amount converted to FCFA). */
import type { OpportunityCard } from '../contracts';
import type { CellData, DataRecord } from '../schema/field';
import type { LocalDate } from '../format/local-date';
import { rawText } from '../records/coerce';

export type { OpportunityCard };

/** Fixed parity of the franc CFA (UEMOA): 1 EUR = 655,957 XOF. */
export const EUR_TO_XOF = 655.957;

/** Stages after which an opportunity is no longer worked: no next action can be overdue. */
export const CLOSED_STAGES: readonly string[] = ['Signée', 'Abandonnée', 'Refusée'];

export function isClosedStage(stage: string): boolean {
  return CLOSED_STAGES.includes(stage);
}

const num = (v: CellData | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Converts an amount to FCFA: XOF (or no currency) as is, EUR at the fixed parity, any other
 * currency only if `rates` gives its value in XOF (e.g. { USD: 600 }); otherwise null.
 * FCFA has no subunit: converted amounts are rounded to the franc.
 */
export function toXof(amount: number | null, currency: string, rates: Readonly<Record<string, number>> = {}): number | null {
  if (amount === null) return null;
  const cur = currency.trim().toUpperCase();
  if (cur === '' || cur === 'XOF') return amount;
  if (cur === 'EUR') return Math.round(amount * EUR_TO_XOF);
  const rate = rates[cur];
  return typeof rate === 'number' && Number.isFinite(rate) && rate > 0 ? Math.round(amount * rate) : null;
}

export function toOpportunityCard(record: DataRecord, today: LocalDate, rates: Readonly<Record<string, number>> = {}): OpportunityCard {
  const stage = rawText(record.stage);
  const amount = num(record.amount);
  const currency = rawText(record.currency) || 'XOF';
  const nextDue = rawText(record.nextDue);
  return {
    id: rawText(record.id),
    partnerId: rawText(record.partnerId),
    partnerName: rawText(record.partnerName),
    partnerType: rawText(record.partnerType),
    title: rawText(record.title),
    stage,
    amount,
    currency,
    amountXof: toXof(amount, currency, rates),
    probability: num(record.probability),
    decisionDate: rawText(record.decisionDate),
    nextAction: rawText(record.nextAction),
    nextDue,
    owner: rawText(record.owner),
    axis: rawText(record.axis),
    // LocalDate strings compare as calendar days.
    overdue: nextDue !== '' && nextDue < today && !isClosedStage(stage),
  };
}
