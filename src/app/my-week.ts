/** « Ma semaine »: the caller's next actions and deadlines, and the conventions awaiting their decision. */
import type { ConventionSummary, MyWeek } from '../domain/contracts';
import { COMMITMENTS, CONVENTIONS, OPPORTUNITIES, PARTNERS } from '../domain/schema/tables';
import type { DataRecord, Row, TableSpec } from '../domain/schema/field';
import { buildMyWeek } from '../domain/pipeline/my-week';
import { pageOf, WEEK_PAGE } from '../domain/contracts/paging';
import { checkRows } from '../domain/records/row-problems';
import { VALIDATIONS } from '../domain/conventions/approval-tables';
import { circuitView } from '../domain/conventions/approval-view';
import { summariseConvention } from '../domain/conventions/convention';
import { text } from '../domain/records/coerce';
import type { Role, Settings } from '../domain/settings/settings';
import type { Store } from '../store/store';
import type { WeekCache, WeekHead } from './ports/week-cache';

/** The first items of a week kept in the cache: a few pages, a few dozen KB whatever the week's length. */
const CACHED_ITEMS = 200;

/**
 * The caller's opportunities, partners and commitments due within seven days (overdue
 * included), overdue first then by date, and the conventions awaiting the caller's role. One read
 * each of Opportunités, Partenaires, Engagements and Conventions (Validations only when a convention
 * is « En validation »), none when the caller's week of today is in the cache; one page of items.
 */
export function getMyWeek(
  { store, weekCache }: { store: Store; weekCache: WeekCache },
  page: { offset?: number; limit?: number } = {},
  role: Role | null = null,
  settings?: Settings,
): MyWeek {
  const today = store.today();
  const offset = page.offset ?? 0;
  const limit = page.limit ?? WEEK_PAGE;
  const cached = weekCache.open(store.user, today);
  let week = cached.week;
  // A page beyond the cached first items reads the sheets (« Afficher plus » far down a long week).
  if (!week || (week.items.length < week.total && offset + limit > week.items.length)) {
    const built = buildWeek(store, today, role, settings);
    if (!cached.week) cached.save({ ...built, items: built.items.slice(0, CACHED_ITEMS) });
    week = built;
  }
  // Only one page crosses to the sidebar; the total says how many more « Afficher plus » brings.
  return {
    today,
    user: store.user.trim().toLowerCase(),
    items: pageOf(week.items, offset, limit),
    total: week.total,
    offset,
    approvals: offset === 0 ? week.approvals : [],
  };
}

function buildWeek(store: Store, today: string, role: Role | null, settings: Settings | undefined): WeekHead {
  // A date or amount typed wrong by hand is left out (no deadline from it), never an error.
  const records = <S extends TableSpec>(spec: S): Row<S>[] => checkRows(spec, store.table(spec).all()).map((r) => r.record);
  const partners = records(PARTNERS);
  const conventions = records(CONVENTIONS);
  const items = buildMyWeek(store.user, today, { opportunities: records(OPPORTUNITIES), partners, commitments: records(COMMITMENTS), conventions }).items;
  const approvals = role && settings ? awaitingRole(store, conventions, partners, role, settings) : [];
  return { total: items.length, items, approvals };
}

function awaitingRole(store: Store, conventions: DataRecord[], partners: DataRecord[], role: Role, settings: Settings): ConventionSummary[] {
  const inValidation = conventions.filter((c) => c.status === 'En validation');
  if (!inValidation.length) return [];
  const validations = (store.tableOrNull(VALIDATIONS)?.all() ?? []).map((s) => s.record);
  const names = new Map(partners.map((p) => [text(p.id), text(p.name)]));
  return inValidation
    .filter((c) => circuitView(c, validations, [], settings, role).canDecide)
    .map((c) => summariseConvention(c, names.get(text(c.partnerId)) ?? text(c.partnerId), role));
}
