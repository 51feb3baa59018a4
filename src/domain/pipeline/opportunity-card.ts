/** An opportunity as the pipeline board and the partner card show it (amount converted to FCFA). */
import type { OpportunityCard } from '../contracts';
import type { CellData, DataRecord } from '../schema/field';
import type { LocalDate } from '../format/local-date';
import { rawText } from '../records/coerce';
import { type ExchangeRates, toXof } from '../format/xof';

export type { OpportunityCard };

/** Stages after which an opportunity is no longer worked: no next action can be overdue. */
export const CLOSED_STAGES: readonly string[] = ['Signée', 'Abandonnée', 'Refusée'];

export function isClosedStage(stage: string): boolean {
  return CLOSED_STAGES.includes(stage);
}

const num = (v: CellData | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function toOpportunityCard(record: DataRecord, today: LocalDate, rates: ExchangeRates = {}): OpportunityCard {
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
    amountXof: toXof(amount, currency, rates, today),
    probability: num(record.probability),
    decisionDate: rawText(record.decisionDate),
    nextAction: rawText(record.nextAction),
    nextDue,
    owner: rawText(record.owner),
    axis: rawText(record.axis),
    relay: rawText(record.relay),
    // LocalDate strings compare as calendar days.
    overdue: nextDue !== '' && nextDue < today && !isClosedStage(stage),
  };
}
