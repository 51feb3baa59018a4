/** « Ma semaine »: the caller's next actions and deadlines. */
import type { MyWeek } from '../domain/contracts';
import { COMMITMENTS, CONVENTIONS, OPPORTUNITIES, PARTNERS } from '../domain/schema/tables';
import type { Row, TableSpec } from '../domain/schema/field';
import { buildMyWeek } from '../domain/pipeline/my-week';
import { pageOf, WEEK_PAGE } from '../domain/contracts/paging';
import { checkRows } from '../domain/records/row-problems';
import type { Store } from '../store/store';
import type { WeekCache } from './ports/week-cache';

/** The first items of a week kept in the cache: a few pages, a few dozen KB whatever the week's length. */
const CACHED_ITEMS = 200;

/**
 * The caller's opportunities, partners and commitments due within seven days (overdue
 * included), overdue first then by date. One read each of Opportunités, Partenaires,
 * Engagements and Conventions (the latter to name a commitment's partner), none when the caller's
 * week of today is in the cache; one page of items.
 */
export function getMyWeek({ store, weekCache }: { store: Store; weekCache: WeekCache }, page: { offset?: number; limit?: number } = {}): MyWeek {
  const today = store.today();
  const offset = page.offset ?? 0;
  const limit = page.limit ?? WEEK_PAGE;
  const cached = weekCache.open(store.user, today);
  let week = cached.week;
  // A page beyond the cached first items reads the sheets (« Afficher plus » far down a long week).
  if (!week || (week.items.length < week.total && offset + limit > week.items.length)) {
    const items = buildItems(store, today);
    if (!cached.week) cached.save({ total: items.length, items: items.slice(0, CACHED_ITEMS) });
    week = { total: items.length, items };
  }
  // Only one page crosses to the sidebar; the total says how many more « Afficher plus » brings.
  return { today, user: store.user.trim().toLowerCase(), items: pageOf(week.items, offset, limit), total: week.total, offset };
}

function buildItems(store: Store, today: string) {
  // A date or amount typed wrong by hand is left out (no deadline from it), never an error.
  const records = <S extends TableSpec>(spec: S): Row<S>[] => checkRows(spec, store.table(spec).all()).map((r) => r.record);
  return buildMyWeek(store.user, today, {
    opportunities: records(OPPORTUNITIES),
    partners: records(PARTNERS),
    commitments: records(COMMITMENTS),
    conventions: records(CONVENTIONS),
  }).items;
}
