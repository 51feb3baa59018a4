/** The pipeline board: one column per stage with its totals in FCFA, cards sorted by urgency. */
import type { Board, BoardColumn, BoardFilter, OpportunityCard } from '../contracts';
import type { DataRecord } from '../schema/field';
import type { LocalDate } from '../format/local-date';
import type { ExchangeRates } from '../format/xof';
import { PIPELINE_STAGES } from '../schema/vocabulary';
import { foldText } from '../records/normalise';
import { toOpportunityCard } from './opportunity-card';
import { defaultProbability, matchStage } from './stages';

export type { Board, BoardColumn, BoardFilter };

const FRENCH = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Overdue first, then by next due date (cards without one last), then by title. */
function compareCards(a: OpportunityCard, b: OpportunityCard): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.nextDue !== b.nextDue) {
    if (a.nextDue === '') return 1;
    if (b.nextDue === '') return -1;
    return a.nextDue < b.nextDue ? -1 : 1;
  }
  return FRENCH.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The probability used for the weighted amount: the card's, or its stage's default when empty. */
function effectiveProbability(card: OpportunityCard): number {
  return card.probability ?? defaultProbability(card.stage) ?? 0;
}

function matches(card: OpportunityCard, filter: BoardFilter): boolean {
  if (filter.owner && card.owner.toLowerCase() !== filter.owner.trim().toLowerCase()) return false;
  if (filter.partnerType && foldText(card.partnerType) !== foldText(filter.partnerType)) return false;
  if (filter.axis && foldText(card.axis) !== foldText(filter.axis)) return false;
  if (filter.relay && foldText(card.relay) !== foldText(filter.relay)) return false;
  return true;
}

function distinctSorted(values: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const v of values) {
    const key = foldText(v);
    if (key && !seen.has(key)) seen.set(key, v.trim());
  }
  return [...seen.values()].sort(FRENCH.compare);
}

/**
 * Builds the board from the Opportunités records. Records whose stage is not a pipeline stage
 * (typed by hand in the sheet) are in no column and no total but still shown, in `unplaced`, so
 * the user sees the row to correct; the filter dropdowns list every value in the data.
 */
export function buildBoard(records: readonly DataRecord[], today: LocalDate, filter: BoardFilter = {}, rates: ExchangeRates = {}): Board {
  const columns = new Map<string, BoardColumn>(PIPELINE_STAGES.map((stage) => [stage, { stage, count: 0, total: 0, weighted: 0, cards: [] }]));
  const owners: string[] = [];
  const partnerTypes: string[] = [];
  const axes: string[] = [];
  const relays: string[] = [];
  // Weighted sums are kept unrounded and rounded to the franc once per column.
  const weighted = new Map<string, number>();
  const unplaced: OpportunityCard[] = [];
  for (const record of records) {
    const stage = matchStage(String(record.stage ?? ''));
    if (!stage) {
      const card = toOpportunityCard(record, today, rates);
      if (matches(card, filter)) unplaced.push(card);
      continue;
    }
    const card = toOpportunityCard({ ...record, stage }, today, rates);
    owners.push(card.owner);
    partnerTypes.push(card.partnerType);
    axes.push(card.axis);
    relays.push(card.relay);
    if (!matches(card, filter)) continue;
    const column = columns.get(stage)!;
    column.count++;
    column.cards.push(card);
    if (card.amountXof !== null) {
      column.total += card.amountXof;
      weighted.set(stage, (weighted.get(stage) ?? 0) + (card.amountXof * effectiveProbability(card)) / 100);
    }
  }
  for (const column of columns.values()) {
    column.weighted = Math.round(weighted.get(column.stage) ?? 0);
    column.cards.sort(compareCards);
  }
  return {
    today,
    columns: [...columns.values()],
    owners: distinctSorted(owners.map((o) => o.toLowerCase())),
    partnerTypes: distinctSorted(partnerTypes),
    axes: distinctSorted(axes),
    relays: distinctSorted(relays),
    ...(unplaced.length ? { unplaced } : {}),
  };
}
