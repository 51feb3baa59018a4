/**
 * Writes partners' priority score and Mendelow quadrant (system columns of Partenaires), for the
 * import, whose partners table is already open: one read each of Interactions and Conventions, one
 * write per column. The sidebar's saves go through src/app/priorities.ts.
 */
import { CONVENTIONS, INTERACTIONS, PARTNERS } from '../domain/schema/tables';
import type { Settings } from '../domain/settings/settings';
import { priorityChanges } from '../domain/partners/priority-refresh';
import { SheetTable } from './sheet-table';
import type { StoreContext } from './store-context';
import { toLocalDate } from '../domain/format/time-zone';

/** Recomputes the partners of `partners` (all of them, or only `ids`); returns how many changed. */
export function refreshPriorities(ctx: StoreContext, partners: SheetTable<typeof PARTNERS>, settings: Settings, ids?: ReadonlySet<string>): number {
  const records = <R>(rows: readonly { record: R }[]): R[] => rows.map((s) => s.record);
  const history = { interactions: records(SheetTable.open(ctx, INTERACTIONS).all()), conventions: records(SheetTable.open(ctx, CONVENTIONS).all()) };
  const { scores, quadrants, changed } = priorityChanges(partners.all(), history, toLocalDate(new Date(), ctx.timeZone), settings, ids);
  partners.writeComputed('priority', scores);
  partners.writeComputed('quadrant', quadrants);
  return changed;
}
