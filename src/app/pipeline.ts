/** The opportunities pipeline: board, create/update, stage moves. */
import type { Board, BoardCards, BoardFilter, OpportunityCard, RecordInput, SaveResult } from '../domain/contracts';
import { BOARD_PAGE, pageOf } from '../domain/contracts/paging';
import { CONVENTIONS, OPPORTUNITIES, PARTNERS } from '../domain/schema/tables';
import { normaliseCurrency } from '../domain/format/currency';
import type { CellData, DataRecord, Row } from '../domain/schema/field';
import { assertValid } from '../domain/records/validate';
import { buildBoard } from '../domain/pipeline/board';
import { toOpportunityCard } from '../domain/pipeline/opportunity-card';
import {
  checkStageChange,
  defaultProbability,
  matchStage,
  probabilityAfterMove,
  stageArgument,
  STAGE_ACTIONS,
  STAGES_NEEDING_REASON,
  type PipelineStage,
} from '../domain/pipeline/stages';
import { checkRows, withProblems } from '../domain/records/row-problems';
import { rawText } from '../domain/records/coerce';
import { stageLogWith } from '../domain/partners/stage-log';
import type { Role, Settings } from '../domain/settings/settings';
import type { Store, Table } from '../store/store';

const text = (v: CellData | undefined): string => (v === null || v === undefined ? '' : String(v));

/** Every card of the board, counts and totals (cards noted with their row's problems). */
function fullBoard(store: Store, settings: Settings, filter: BoardFilter): Board {
  // A row typed wrong by hand is shown with its problems; its unusable dates and amounts count for nothing.
  const rows = checkRows(OPPORTUNITIES, store.table(OPPORTUNITIES).all());
  const problems = new Map(rows.filter((r) => r.problems.length).map((r) => [text(r.record.id), r.problems]));
  const board = buildBoard(
    rows.map((r) => r.record),
    store.today(),
    filter,
    settings.rates,
  );
  if (!problems.size) return board;
  const note = (card: OpportunityCard) => withProblems(card, problems.get(card.id) ?? []);
  return {
    ...board,
    columns: board.columns.map((c) => ({ ...c, cards: c.cards.map(note) })),
    ...(board.unplaced ? { unplaced: board.unplaced.map(note) } : {}),
  };
}

/**
 * The pipeline board: counts and totals of every column with its first `filter.limit` cards.
 * One read of Opportunités (partner name and type are kept in its own columns), so 3 Sheets
 * calls whatever the number of opportunities once the settings are cached.
 */
export function getBoard(store: Store, settings: Settings, filter: BoardFilter | undefined): Board {
  const { limit = BOARD_PAGE, ...criteria } = filter ?? {};
  const board = fullBoard(store, settings, criteria);
  const { unplaced, ...rest } = board;
  return {
    ...rest,
    columns: board.columns.map((c) => ({ ...c, cards: pageOf(c.cards, 0, limit) })),
    ...(unplaced ? { unplaced: pageOf(unplaced, 0, limit), unplacedCount: unplaced.length } : {}),
  };
}

/** « Afficher plus » in one column: its cards from `offset`, in the board's order and filter. */
export function loadMoreCards(store: Store, settings: Settings, stage: string, offset: number, filter: BoardFilter | undefined): BoardCards {
  const { limit = BOARD_PAGE, ...criteria } = filter ?? {};
  const column = fullBoard(store, settings, criteria).columns.find((c) => c.stage === stage);
  if (!column) throw new Error(`Pipeline : étape inconnue « ${stage} ».`);
  return { stage, count: column.count, cards: pageOf(column.cards, offset, limit) };
}

/** True when a convention names this opportunity in « ID opportunité » (reads Conventions once). */
export function hasLinkedConvention(store: Store, opportunityId: string): boolean {
  return store
    .table(CONVENTIONS)
    .all()
    .some((s) => text(s.record.opportunityId).trim() === opportunityId);
}

/** Writes the denormalised partner name, type and relay's name of one row when they differ (system columns). */
function syncPartnerColumns(store: Store, table: Table<typeof OPPORTUNITIES>, row: number, current: DataRecord, partner: DataRecord): void {
  const relayId = text(partner.introducedBy);
  const relay = relayId ? text(store.table(PARTNERS).get(relayId)?.record.name) || relayId : '';
  for (const [field, value] of [
    ['partnerName', text(partner.name)],
    ['partnerType', text(partner.type)],
    ['relay', relay],
  ] as const) {
    if (text(current[field]) !== value) table.writeComputed(field, new Map([[row, value]]));
  }
}

/**
 * Creates (no id) or updates (id) an opportunity. Validates every field (French message naming
 * the column), checks the partner exists and copies its name and type, applies the stage rules
 * and the stage's default probability when none is given.
 */
export function saveOpportunity(store: Store, role: Role, settings: Settings, input: RecordInput): SaveResult {
  const { id: givenId, ...fields } = input;
  const id = rawText(givenId).trim();
  const opportunities = store.table(OPPORTUNITIES);
  const existing = id ? opportunities.getOrThrow(id) : undefined;
  if (!existing) {
    if (text(fields.currency).trim() === '') {
      fields.currency = normaliseCurrency(settings.currency) ?? 'XOF';
    }
    if (text(fields.owner).trim() === '' && store.user) fields.owner = store.user;
  }
  const clean = assertValid(OPPORTUNITIES, fields, existing?.row ?? null, { partial: existing !== undefined });
  const before: Partial<Row<typeof OPPORTUNITIES>> = existing?.record ?? {};

  const partnerId = text(clean.partnerId ?? before.partnerId);
  const partner = store.table(PARTNERS).get(partnerId);
  if (!partner) throw new Error(`Opportunités, colonne « ID partenaire » : aucun partenaire avec l'ID « ${partnerId} » dans Partenaires.`);

  const fromStage = existing ? text(before.stage) : null;
  const toStage: PipelineStage = matchStage(text(clean.stage ?? before.stage)) ?? stageArgument(clean.stage ?? before.stage);
  const stageChanges = fromStage === null || matchStage(fromStage) !== toStage;
  let action = 'modification';
  if (stageChanges) {
    const reason = text(clean.reason ?? before.reason).trim();
    const hasConvention = toStage === 'Signée' && existing !== undefined && hasLinkedConvention(store, id);
    const kind = checkStageChange(fromStage, toStage, { hasConvention, reason, isAdmin: role === 'admin' });
    if (existing) action = STAGE_ACTIONS[kind];
    if (kind === 'réouverture' && !('reason' in fields)) clean.reason = '';
  }
  const probabilityGiven = Object.prototype.hasOwnProperty.call(fields, 'probability');
  if (probabilityGiven && clean.probability === null) clean.probability = defaultProbability(toStage);
  else if (!existing && !probabilityGiven) clean.probability = defaultProbability(toStage);
  else if (existing && stageChanges && !probabilityGiven) {
    clean.probability = probabilityAfterMove(text(fromStage), toStage, typeof before.probability === 'number' ? before.probability : null);
  }

  if (!existing) {
    const [created] = opportunities.insert([clean]);
    const stored = opportunities.getOrThrow(created.id);
    syncPartnerColumns(store, opportunities, stored.row, stored.record, partner.record);
    logStage(store, opportunities, stored.row, stored.record, toStage);
    return { id: created.id };
  }
  opportunities.update(id, clean, action);
  const saved = opportunities.getOrThrow(id);
  syncPartnerColumns(store, opportunities, existing.row, saved.record, partner.record);
  if (stageChanges) logStage(store, opportunities, existing.row, saved.record, toStage);
  return { id };
}

/**
 * Moves an opportunity to another stage. « Signée » needs a convention linked to it;
 * « Abandonnée » and « Refusée » need a reason; going back is allowed and journaled as such;
 * a closed opportunity (Signée, Abandonnée, Refusée) is reopened by an admin only. Writes
 * only that row's changed cells and one Journal block.
 */
export function moveOpportunity(store: Store, role: Role, settings: Settings, oppId: string, to: PipelineStage, reason: string): OpportunityCard {
  const opportunities = store.table(OPPORTUNITIES);
  const stored = opportunities.getOrThrow(oppId);
  const from = text(stored.record.stage);
  const today = store.today();
  if (matchStage(from) === to) {
    // Same stage: only a new reason for an abandoned or refused opportunity is recorded.
    if (!(STAGES_NEEDING_REASON.includes(to) && reason && reason !== text(stored.record.reason)))
      return toOpportunityCard(stored.record, today, settings.rates);
    return toOpportunityCard(opportunities.update(oppId, { reason }), today, settings.rates);
  }
  const hasConvention = to === 'Signée' && hasLinkedConvention(store, oppId);
  const kind = checkStageChange(from, to, { hasConvention, reason, isAdmin: role === 'admin' });
  const current = typeof stored.record.probability === 'number' ? stored.record.probability : null;
  const patch: Record<string, CellData> = { stage: to, probability: probabilityAfterMove(from, to, current) };
  if (STAGES_NEEDING_REASON.includes(to)) patch.reason = reason;
  else if (kind === 'réouverture') patch.reason = '';
  const moved = opportunities.update(oppId, patch, STAGE_ACTIONS[kind]);
  logStage(store, opportunities, stored.row, moved, to);
  return toOpportunityCard(moved, today, settings.rates);
}

/** The move added to the row's « Historique des étapes » (when the sheet has it): when a dossier was submitted or decided. */
function logStage(store: Store, table: Table<typeof OPPORTUNITIES>, row: number, record: Row<typeof OPPORTUNITIES>, stage: PipelineStage): void {
  if (!table.has('stageLog')) return;
  table.writeComputed('stageLog', new Map([[row, stageLogWith(record.stageLog, { stage, at: store.stamp(), by: store.user })]]));
}
