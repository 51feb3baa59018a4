/** « Ma semaine »: the caller's next actions and deadlines, and the conventions awaiting their decision. */
import type { ConventionSummary, MyWeek } from '../domain/contracts';
import { COMMITMENTS, CONVENTIONS, OPPORTUNITIES, PARTNERS } from '../domain/schema/tables';
import type { DataRecord, TableSpec } from '../domain/schema/field';
import { buildMyWeek } from '../domain/pipeline/my-week';
import { recordsOf, type SheetRow, WEEK_TABLES, type WeekExtract, weekExtractOf } from '../domain/pipeline/week-extract';
import { pageOf, WEEK_PAGE } from '../domain/contracts/paging';
import { VALIDATIONS } from '../domain/conventions/approval-tables';
import { EVALUATIONS } from '../domain/evaluation/tables';
import { GAP_ACTIONS, INSTITUTIONAL_DOCUMENTS } from '../domain/readiness/tables';
import { WATCH } from '../domain/watch/tables';
import { mayCall } from '../domain/contracts/api';
import { circuitView } from '../domain/conventions/approval-view';
import { summariseConvention } from '../domain/conventions/convention';
import { text } from '../domain/records/coerce';
import type { Role, Settings } from '../domain/settings/settings';
import type { Store } from '../store/store';
import type { WeekCache } from './ports/week-cache';

/**
 * The caller's opportunities, partners and commitments due within seven days (overdue
 * included), overdue first then by date, and the conventions awaiting the caller's role; one page
 * of items. Built from the sheets' extracts in the document cache: a sheet is read only when its
 * extract is missing (nothing cached yet, or a hand edit of it), and its extract is kept then.
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
  const cached = weekCache.read(WEEK_TABLES.map((t) => t.sheetName));
  const records = (spec: TableSpec): DataRecord[] => {
    const kept = cached.get(spec.sheetName);
    if (kept) return recordsOf(kept);
    const extract = sheetExtract(store, spec);
    weekCache.save(spec.sheetName, extract, { ifMissing: true });
    return recordsOf(extract);
  };
  const partners = records(PARTNERS);
  const conventions = records(CONVENTIONS);
  const items = buildMyWeek(store.user, today, {
    opportunities: records(OPPORTUNITIES),
    partners,
    commitments: records(COMMITMENTS),
    conventions,
    evaluations: records(EVALUATIONS),
    gapActions: records(GAP_ACTIONS),
    // Expiring documents are the business of those who keep them up to date.
    documents: mayCall('saveInstitutionalDocument', role) ? records(INSTITUTIONAL_DOCUMENTS) : [],
    calls: records(WATCH),
  }).items;
  // Only one page crosses to the sidebar; the total says how many more « Afficher plus » brings.
  return {
    today,
    user: store.user.trim().toLowerCase(),
    items: pageOf(items, offset, limit),
    total: items.length,
    offset,
    approvals: offset === 0 && role && settings ? awaitingRole(() => records(VALIDATIONS), conventions, partners, role, settings) : [],
  };
}

/** Every hour (the dispatcher): each extract put again, so a change no trigger sees (another script, the API) is seen within the hour. */
export function refreshWeekExtracts({ store, weekCache }: { store: Store; weekCache: WeekCache }): void {
  for (const spec of WEEK_TABLES) {
    try {
      weekCache.save(spec.sheetName, sheetExtract(store, spec));
    } catch {
      // A sheet missing or without its columns: the next opening reads it and tells the user what to repair; the jobs still run.
    }
  }
}

/** Sheets that may be absent (none yet, or a workbook made before them). */
const OPTIONAL_WEEK_SHEETS: readonly TableSpec[] = [VALIDATIONS, EVALUATIONS, GAP_ACTIONS, INSTITUTIONAL_DOCUMENTS, WATCH];

/** The extract of a sheet read now. */
function sheetExtract(store: Store, spec: TableSpec): WeekExtract {
  const rows = OPTIONAL_WEEK_SHEETS.includes(spec) ? (store.tableOrNull(spec)?.all() ?? []) : store.table(spec).all();
  return weekExtractOf(spec, rows as readonly SheetRow[])!;
}

function awaitingRole(validations: () => DataRecord[], conventions: DataRecord[], partners: DataRecord[], role: Role, settings: Settings): ConventionSummary[] {
  const inValidation = conventions.filter((c) => c.status === 'En validation');
  if (!inValidation.length) return [];
  const all = validations();
  const names = new Map(partners.map((p) => [text(p.id), text(p.name)]));
  return inValidation
    .filter((c) => circuitView(c, all, [], settings, role).canDecide)
    .map((c) => summariseConvention(c, names.get(text(c.partnerId)) ?? text(c.partnerId), role));
}
