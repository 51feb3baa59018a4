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

/**
 * The caller's opportunities, partners and commitments due within seven days (overdue
 * included), overdue first then by date. One read each of Opportunités, Partenaires,
 * Engagements and Conventions (the latter to name a commitment's partner); one page of items.
 * The first page also lists the conventions awaiting the caller's role (Validations is read
 * only when a convention is « En validation »).
 */
export function getMyWeek(store: Store, page: { offset?: number; limit?: number } = {}, role: Role | null = null, settings?: Settings): MyWeek {
  // A date or amount typed wrong by hand is left out (no deadline from it), never an error.
  const records = <S extends TableSpec>(spec: S): Row<S>[] => checkRows(spec, store.table(spec).all()).map((r) => r.record);
  const partners = records(PARTNERS);
  const conventions = records(CONVENTIONS);
  const week = buildMyWeek(store.user, store.today(), {
    opportunities: records(OPPORTUNITIES),
    partners,
    commitments: records(COMMITMENTS),
    conventions,
  });
  // Only one page crosses to the sidebar; the total says how many more « Afficher plus » brings.
  const offset = page.offset ?? 0;
  const approvals = offset === 0 && role && settings ? awaitingRole(store, conventions, partners, role, settings) : [];
  return { ...week, items: pageOf(week.items, offset, page.limit ?? WEEK_PAGE), total: week.items.length, offset, approvals };
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
