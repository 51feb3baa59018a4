/**
 * Archiving: a partner, contact, opportunity or interaction leaves every view and count (the
 * Store's `all()` leaves it out) but stays in its sheet, and can be restored. Archiving a partner
 * archives its contacts with the same date, so that restoring it brings them back together.
 */
import type { ArchivedPage, SaveResult } from '../domain/contracts';
import { ARCHIVE_PAGE, pageOf } from '../domain/contracts/paging';
import { ARCHIVABLE_TABLES, CONTACTS, PARTNERS } from '../domain/schema/tables';
import { describeRecord } from '../domain/records/summary';
import { rawText } from '../domain/records/coerce';
import type { DataRecord } from '../domain/schema/field';
import type { Store, StoredRow, Table } from '../store/store';

type Archivable = (typeof ARCHIVABLE_TABLES)[number];
const ARCHIVED_HEADER = PARTNERS.fields.find((f) => f.key === 'archivedAt')!.header;

function archivable(store: Store, sheetName: string): Table<Archivable> {
  const spec = ARCHIVABLE_TABLES.find((t) => t.sheetName === sheetName);
  if (!spec) throw new Error(`« ${sheetName} » : seules les feuilles ${ARCHIVABLE_TABLES.map((t) => t.sheetName).join(', ')} ont des archives.`);
  const table = store.table<Archivable>(spec);
  if (!table.has('archivedAt'))
    throw new Error(`${sheetName} : la colonne « ${ARCHIVED_HEADER} » manque. Lancez Pacte → Initialiser le classeur pour l'ajouter.`);
  return table;
}

/** Sets or clears « Archivé le » on `rows` of one table, journaled first (action archivage / restauration). */
function mark<S extends Archivable>(store: Store, table: Table<S>, rows: readonly StoredRow<S>[], value: string): void {
  if (rows.length === 0) return;
  store.journal(
    rows.map(({ record }: { record: DataRecord }) => ({
      sheet: table.spec.sheetName,
      recordId: rawText(record.id),
      action: value ? 'archivage' : 'restauration',
      field: ARCHIVED_HEADER,
      before: rawText(record.archivedAt),
      after: value,
    })),
  );
  table.writeComputed('archivedAt', new Map(rows.map(({ row }) => [row, value])));
}

/** The partner's contacts archived with it (same date), or still shown (to archive with it). */
function contactsOf(store: Store, partnerId: string, archivedAt: string) {
  return store
    .table(CONTACTS)
    .all({ archived: true })
    .filter(({ record }) => record.partnerId === partnerId && rawText(record.archivedAt) === archivedAt);
}

export function archiveRecord(store: Store, sheetName: string, id: string): SaveResult {
  const table = archivable(store, sheetName);
  const stored = table.getOrThrow(id);
  if (rawText(stored.record.archivedAt)) throw new Error(`${sheetName} : ${id} est déjà archivé (le ${rawText(stored.record.archivedAt)}).`);
  const at = store.stamp();
  // The contacts first: read before the partner's own write changes nothing of theirs.
  if (sheetName === PARTNERS.sheetName) mark(store, store.table(CONTACTS), contactsOf(store, id, ''), at);
  mark(store, table, [stored], at);
  return { id };
}

export function restoreRecord(store: Store, sheetName: string, id: string): SaveResult {
  const table = archivable(store, sheetName);
  const stored = table.getOrThrow(id);
  const at = rawText(stored.record.archivedAt);
  if (!at) throw new Error(`${sheetName} : ${id} n'est pas archivé.`);
  if (sheetName === PARTNERS.sheetName) mark(store, store.table(CONTACTS), contactsOf(store, id, at), '');
  mark(store, table, [stored], '');
  return { id };
}

/** One page of a sheet's archived rows, most recently archived first, each with what it held. */
export function listArchived(store: Store, sheetName: string, page: { offset?: number; limit?: number } = {}): ArchivedPage {
  const table = archivable(store, sheetName);
  const offset = page.offset ?? 0;
  const archived = table
    .all({ archived: true })
    .filter(({ record }) => rawText(record.archivedAt))
    .sort((a, b) => rawText(b.record.archivedAt).localeCompare(rawText(a.record.archivedAt)) || rawText(a.record.id).localeCompare(rawText(b.record.id)));
  // Only the page is described: years of archives cost the sidebar one page.
  const items = pageOf(archived, offset, page.limit ?? ARCHIVE_PAGE).map(({ record }) => ({
    id: rawText(record.id),
    archivedAt: rawText(record.archivedAt),
    summary: describeRecord(table.spec, record),
  }));
  return { items, total: archived.length, offset };
}
