/**
 * Writes partners' priority score and Mendelow quadrant (system columns of Partenaires), with the
 * history counted from Interactions and Conventions: one read of each, one write per column.
 */
import type { CellData } from '../domain/schema/field';
import { CONVENTIONS, INTERACTIONS, PARTNERS } from '../domain/schema/tables';
import { DEFAULT_PRIORITY_WEIGHTS, type Settings } from '../domain/settings/settings';
import { priorityScore, quadrantOf } from '../domain/partners/priority';
import { historyCounts } from '../domain/partners/partner-detail';
import { SheetTable } from './sheet-table';
import type { StoreContext } from './store-context';
import { toLocalDate } from '../domain/format/time-zone';

const same = (a: CellData | undefined, b: CellData): boolean => (a ?? '') === (b ?? '');

/**
 * Recomputes the partners of `partners` (all of them, or only `ids`) and writes the values that
 * changed. Returns the number of partners whose score or quadrant changed.
 */
export function refreshPriorities(ctx: StoreContext, partners: SheetTable<typeof PARTNERS>, settings: Settings, ids?: ReadonlySet<string>): number {
  const today = toLocalDate(new Date(), ctx.timeZone);
  const counts = historyCounts(
    SheetTable.open(ctx, INTERACTIONS)
      .all()
      .map((s) => s.record),
    SheetTable.open(ctx, CONVENTIONS)
      .all()
      .map((s) => s.record),
    today,
  );
  // Settings cached by an older version may lack the weights.
  const weights = settings.priorityWeights ?? DEFAULT_PRIORITY_WEIGHTS;
  const scores = new Map<number, CellData>();
  const quadrants = new Map<number, CellData>();
  const changed = new Set<number>();
  for (const { row, record } of partners.all()) {
    const id = record.id;
    if (ids && !ids.has(id)) continue;
    const c = counts.get(id) ?? { interactions12m: 0, activeConventions: 0 };
    const score =
      priorityScore({ alignment: record.alignment, potential: record.potential, power: record.power, interest: record.interest, ...c }, weights) ?? '';
    const quadrant = quadrantOf(record.power, record.interest);
    if (!same(record.priority, score)) {
      scores.set(row, score);
      changed.add(row);
    }
    if (!same(record.quadrant, quadrant)) {
      quadrants.set(row, quadrant);
      changed.add(row);
    }
  }
  partners.writeComputed('priority', scores);
  partners.writeComputed('quadrant', quadrants);
  return changed.size;
}
