/** « Ma semaine »: the caller's next actions and deadlines. */
import type { MyWeek } from '../domain/contracts';
import { COMMITMENTS, CONVENTIONS, OPPORTUNITIES, PARTNERS } from '../domain/schema/tables';
import type { Row, TableSpec } from '../domain/schema/field';
import { buildMyWeek } from '../domain/pipeline/my-week';
import { pageOf, WEEK_PAGE } from '../domain/contracts/paging';
import { checkRows } from '../domain/records/row-problems';
import type { Store } from '../store/store';

/**
 * The caller's opportunities, partners and commitments due within seven days (overdue
 * included), overdue first then by date. One read each of Opportunités, Partenaires,
 * Engagements and Conventions (the latter to name a commitment's partner); one page of items.
 */
export function getMyWeek(store: Store, page: { offset?: number; limit?: number } = {}): MyWeek {
  // A date or amount typed wrong by hand is left out (no deadline from it), never an error.
  const records = <S extends TableSpec>(spec: S): Row<S>[] => checkRows(spec, store.table(spec).all()).map((r) => r.record);
  const week = buildMyWeek(store.user, store.today(), {
    opportunities: records(OPPORTUNITIES),
    partners: records(PARTNERS),
    commitments: records(COMMITMENTS),
    conventions: records(CONVENTIONS),
  });
  // Only one page crosses to the sidebar; the total says how many more « Afficher plus » brings.
  const offset = page.offset ?? 0;
  return { ...week, items: pageOf(week.items, offset, page.limit ?? WEEK_PAGE), total: week.items.length, offset };
}
