/** Sidebar API: the opportunities pipeline (board, create/update, stage moves). */
import type { OpportunityCard } from '../../domain/contracts';
import { CONVENTIONS, OPPORTUNITIES, PARTNERS } from '../../domain/schema/tables';
import { CURRENCIES } from '../../domain/schema/vocabulary';
import type { CellData, DataRecord, Row } from '../../domain/schema/field';
import { assertValid } from '../../domain/records/validate';
import { buildBoard } from '../../domain/pipeline/board';
import { toOpportunityCard } from '../../domain/pipeline/opportunity-card';
import { ArgumentError } from '../../domain/contracts/args';
import {
  checkStageChange,
  defaultProbability,
  matchStage,
  probabilityAfterMove,
  STAGE_ACTIONS,
  STAGES_NEEDING_REASON,
  type PipelineStage,
} from '../../domain/pipeline/stages';
import { PIPELINE_STAGES } from '../../domain/schema/vocabulary';
import { SheetTable } from '../../services/sheet-table';
import type { StoreContext } from '../../services/store-context';
import { loadSettings } from '../../services/settings-store';
import { toLocalDate } from '../../domain/format/time-zone';
import { checkRows, withProblems } from '../../domain/records/row-problems';
import { rawText } from '../../domain/records/coerce';
import { serve } from '../frame/endpoint';

const today_ = (ctx: StoreContext): string => toLocalDate(new Date(), ctx.timeZone);
const text_ = (v: CellData | undefined): string => (v === null || v === undefined ? '' : String(v));

/**
 * The pipeline board: one read of Opportunités (partner name and type are kept in its own
 * columns), so 3 Sheets calls whatever the number of opportunities once the settings are cached.
 */
export const getBoard = serve('getBoard', ({ ctx, settings }, filter) => {
  // A row typed wrong by hand is shown with its problems; its unusable dates and amounts count for nothing.
  const rows = checkRows(OPPORTUNITIES, SheetTable.open(ctx, OPPORTUNITIES).all());
  const problems = new Map(rows.filter((r) => r.problems.length).map((r) => [text_(r.record.id), r.problems]));
  const board = buildBoard(
    rows.map((r) => r.record),
    today_(ctx),
    filter ?? {},
    settings.rates,
  );
  if (!problems.size) return board;
  const note = (card: OpportunityCard) => withProblems(card, problems.get(card.id) ?? []);
  return {
    ...board,
    columns: board.columns.map((c) => ({ ...c, cards: c.cards.map(note) })),
    ...(board.unplaced ? { unplaced: board.unplaced.map(note) } : {}),
  };
});

function stageArgument_(value: unknown): PipelineStage {
  const stage = matchStage(value);
  if (!stage) {
    throw new ArgumentError(
      `Opportunités, colonne « Étape » : « ${typeof value === 'string' ? value : String(value)} » n'est pas une étape du pipeline (étapes possibles : ${PIPELINE_STAGES.join(', ')}).`,
    );
  }
  return stage;
}

/** True when a convention names this opportunity in « ID opportunité » (reads Conventions once). */
function hasLinkedConvention_(ctx: StoreContext, opportunityId: string): boolean {
  return SheetTable.open(ctx, CONVENTIONS)
    .all()
    .some((s) => text_(s.record.opportunityId).trim() === opportunityId);
}

/** Writes the denormalised partner name and type of one row when they differ (system columns). */
function syncPartnerColumns_(table: SheetTable<typeof OPPORTUNITIES>, row: number, current: DataRecord, partner: DataRecord): void {
  for (const [field, source] of [
    ['partnerName', 'name'],
    ['partnerType', 'type'],
  ] as const) {
    const value = text_(partner[source]);
    if (text_(current[field]) !== value) table.writeComputed(field, new Map([[row, value]]));
  }
}

/**
 * Creates (no id) or updates (id) an opportunity. Validates every field (French message naming
 * the column), checks the partner exists and copies its name and type, applies the stage rules
 * and the stage's default probability when none is given.
 */
export const saveOpportunity = serve('saveOpportunity', ({ ctx, role }, input) => {
  const { id: givenId, ...fields } = input;
  const id = rawText(givenId).trim();
  const opportunities = SheetTable.open(ctx, OPPORTUNITIES);
  const existing = id ? opportunities.getOrThrow(id) : undefined;
  if (!existing) {
    if (text_(fields.currency).trim() === '') {
      const currency = loadSettings(ctx).currency;
      fields.currency = (CURRENCIES as readonly string[]).includes(currency) ? currency : 'XOF';
    }
    if (text_(fields.owner).trim() === '' && ctx.user) fields.owner = ctx.user;
  }
  const clean = assertValid(OPPORTUNITIES, fields, existing?.row ?? null, { partial: existing !== undefined });
  const before: Partial<Row<typeof OPPORTUNITIES>> = existing?.record ?? {};

  const partnerId = text_(clean.partnerId ?? before.partnerId);
  const partner = SheetTable.open(ctx, PARTNERS).get(partnerId);
  if (!partner) throw new Error(`Opportunités, colonne « ID partenaire » : aucun partenaire avec l'ID « ${partnerId} » dans Partenaires.`);

  const fromStage = existing ? text_(before.stage) : null;
  const toStage = matchStage(text_(clean.stage ?? before.stage)) ?? stageArgument_(clean.stage ?? before.stage);
  const stageChanges = fromStage === null || matchStage(fromStage) !== toStage;
  let action = 'modification';
  if (stageChanges) {
    const reason = text_(clean.reason ?? before.reason).trim();
    const hasConvention = toStage === 'Signée' && existing !== undefined && hasLinkedConvention_(ctx, id);
    const kind = checkStageChange(fromStage, toStage, { hasConvention, reason, isAdmin: role === 'admin' });
    if (existing) action = STAGE_ACTIONS[kind];
    if (kind === 'réouverture' && !('reason' in fields)) clean.reason = '';
  }
  const probabilityGiven = Object.prototype.hasOwnProperty.call(fields, 'probability');
  if (probabilityGiven && clean.probability === null) clean.probability = defaultProbability(toStage);
  else if (!existing && !probabilityGiven) clean.probability = defaultProbability(toStage);
  else if (existing && stageChanges && !probabilityGiven) {
    clean.probability = probabilityAfterMove(text_(fromStage), toStage, typeof before.probability === 'number' ? before.probability : null);
  }

  if (!existing) {
    const [created] = opportunities.insert([clean]);
    const stored = opportunities.getOrThrow(created.id);
    syncPartnerColumns_(opportunities, stored.row, stored.record, partner.record);
    return { id: created.id };
  }
  opportunities.update(id, clean, action);
  syncPartnerColumns_(opportunities, existing.row, opportunities.getOrThrow(id).record, partner.record);
  return { id };
});

/**
 * Moves an opportunity to another stage. « Signée » needs a convention linked to it;
 * « Abandonnée » and « Refusée » need a reason; going back is allowed and journaled as such;
 * a closed opportunity (Signée, Abandonnée, Refusée) is reopened by an admin only. Writes
 * only that row's changed cells and one Journal block.
 */
export const moveOpportunity = serve('moveOpportunity', ({ ctx, role, settings }, oppId, to, reason) => {
  const why = reason ?? '';
  const opportunities = SheetTable.open(ctx, OPPORTUNITIES);
  const stored = opportunities.getOrThrow(oppId);
  const from = text_(stored.record.stage);
  const today = today_(ctx);
  if (matchStage(from) === to) {
    // Same stage: only a new reason for an abandoned or refused opportunity is recorded.
    if (!(STAGES_NEEDING_REASON.includes(to) && why && why !== text_(stored.record.reason))) return toOpportunityCard(stored.record, today, settings.rates);
    return toOpportunityCard(opportunities.update(oppId, { reason: why }), today, settings.rates);
  }
  const hasConvention = to === 'Signée' && hasLinkedConvention_(ctx, oppId);
  const kind = checkStageChange(from, to, { hasConvention, reason: why, isAdmin: role === 'admin' });
  const current = typeof stored.record.probability === 'number' ? stored.record.probability : null;
  const patch: Record<string, CellData> = { stage: to, probability: probabilityAfterMove(from, to, current) };
  if (STAGES_NEEDING_REASON.includes(to)) patch.reason = why;
  else if (kind === 'réouverture') patch.reason = '';
  return toOpportunityCard(opportunities.update(oppId, patch, STAGE_ACTIONS[kind]), today, settings.rates);
});
