/**
 * What every approval use case reads: the convention, its partner's name, its « Validations »
 * rows, and « Signatures » (a workbook not yet re-initialised reads as empty).
 */
import type { ConventionDetail } from '../../domain/contracts';
import type { DataRecord, Row, TableSpec } from '../../domain/schema/field';
import { CONVENTIONS, PARTNERS } from '../../domain/schema/tables';
import type { Role, Settings } from '../../domain/settings/settings';
import { SIGNATURES, VALIDATIONS } from '../../domain/conventions/approval-tables';
import { approvalDetail } from '../../domain/conventions/approval-detail';
import type { Store, Table } from '../../store/store';

export interface ConventionWork {
  conventions: Table<typeof CONVENTIONS>;
  validations: Table<typeof VALIDATIONS>;
  record: Row<typeof CONVENTIONS>;
  partnerName: string;
}

/** The convention `id` (RecordNotFoundError when unknown), its partner's name and « Validations ». */
export function openWork(store: Store, id: string): ConventionWork {
  const conventions = store.table(CONVENTIONS);
  const record = conventions.getOrThrow(id).record;
  const validations = store.table(VALIDATIONS);
  const partner = store.table(PARTNERS).get(record.partnerId);
  return { conventions, validations, record, partnerName: partner?.record.name ?? record.partnerId };
}

const rowsOf = <S extends TableSpec>(table: Table<S> | null): DataRecord[] => (table ? table.all().map((s) => s.record) : []);

export function validationRows(w: ConventionWork): DataRecord[] {
  return w.validations.all().map((s) => s.record);
}

/** The approval part of the convention's detail as it stands now, for a caller. */
export function workDetail(store: Store, w: ConventionWork, settings: Settings, role: Role): ConventionDetail {
  return approvalDetail(w.record, w.partnerName, { validations: validationRows(w), signatures: rowsOf(store.tableOrNull(SIGNATURES)) }, settings, role);
}
