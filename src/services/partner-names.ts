/**
 * The partner's name beside its ID in every sheet that names a partner, directly (« ID partenaire »)
 * or through a convention (« ID convention »), so the workbook reads well as a spreadsheet: written
 * with each new row, and rewritten when a partner is renamed or « Initialiser » adds the column.
 */
import type { DataRecord, TableSpec } from '../domain/schema/field';
import { CONTACTS, CONVENTIONS, COMMITMENTS, INTERACTIONS, OPPORTUNITIES, PARTNERS } from '../domain/schema/tables';
import { VALIDATIONS } from '../domain/conventions/approval-tables';
import { text } from '../domain/records/coerce';
import type { Table } from '../store/store';

/** The tables with a « Partenaire » column, conventions first (the others may name a partner through them). */
export const WITH_PARTNER_NAME: readonly TableSpec[] = [CONVENTIONS, CONTACTS, INTERACTIONS, OPPORTUNITIES, COMMITMENTS, VALIDATIONS];

/** A table of this execution, read once whoever asks (the store's own when there is one). */
export type OpenTable = <S extends TableSpec>(spec: S) => Pick<Table<S>, 'all' | 'get' | 'writeComputed'>;

export const hasPartnerName = (spec: TableSpec): boolean => spec.fields.some((f) => f.key === 'partnerName');

/** Partner ID → name, and convention ID → its partner's ID, from one read of each sheet. */
function resolver(open: OpenTable): (record: DataRecord) => string {
  let names: Map<string, string> | null = null;
  let partnerOfConvention: Map<string, string> | null = null;
  return (record) => {
    names ??= new Map(
      // Archived partners too: their records keep their name, ready to be restored.
      open(PARTNERS)
        .all({ archived: true })
        .map((s) => [text(s.record.id), text(s.record.name)]),
    );
    let partnerId = text(record.partnerId);
    if (!partnerId && text(record.conventionId)) {
      partnerOfConvention ??= new Map(
        open(CONVENTIONS)
          .all({ archived: true })
          .map((s) => [text(s.record.id), text(s.record.partnerId)]),
      );
      partnerId = partnerOfConvention.get(text(record.conventionId)) ?? '';
    }
    return names.get(partnerId) ?? '';
  };
}

/** Sets `partnerName` on new records of a table that carries it. */
export function withPartnerNames(spec: TableSpec, records: DataRecord[], open: OpenTable): void {
  if (!hasPartnerName(spec)) return;
  const nameOf = resolver(open);
  for (const r of records) r.partnerName = nameOf(r);
}

/** Rewrites the « Partenaire » cells that differ from the partner's current name: one write per sheet, none when all agree. */
export function refreshPartnerNames(open: OpenTable, specs: readonly TableSpec[] = WITH_PARTNER_NAME): void {
  const nameOf = resolver(open);
  for (const spec of specs) {
    const table = open(spec);
    const changed = new Map<number, string>();
    for (const { row, record } of table.all({ archived: true })) {
      const name = nameOf(record as DataRecord);
      if (text((record as DataRecord).partnerName) !== name) changed.set(row, name);
    }
    table.writeComputed('partnerName' as never, changed);
  }
}
