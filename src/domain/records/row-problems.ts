/**
 * A row as a view may use it. Any editor can type anything in a cell (a blank or « hier » in a date
 * column, « beaucoup » or 1e308 in an amount), and one such row must never break a page: the view
 * shows the row, with its problems named (sheet, row, column, what is expected), and the rest works.
 * Values a view computes with — dates and numbers — are blanked when they are not what their column
 * expects, so no sort, total or date display meets them; texts and choices are kept as typed.
 */
import type { DataRecord, FieldSpec, TableSpec } from '../schema/field';
import { validateRecord } from './validate';

export interface CheckedRow {
  /** The record with its unusable dates and numbers blanked. */
  record: DataRecord;
  /** French, one per problem: « Versions, ligne 4, colonne « Généré le » : … (attendu : …). » */
  problems: string[];
}

const COMPUTED: readonly FieldSpec['type'][] = ['date', 'datetime', 'integer', 'number', 'money', 'percent', 'score'];

export function checkRow(spec: TableSpec, record: DataRecord, row: number): CheckedRow {
  const { errors } = validateRecord(spec, record, row);
  if (!errors.length) return { record, problems: [] };
  const cleaned: DataRecord = { ...record };
  for (const e of errors) {
    const field = spec.fields.find((f) => f.key === e.field);
    if (field && COMPUTED.includes(field.type)) cleaned[e.field] = '';
  }
  return { record: cleaned, problems: errors.map((e) => e.message) };
}

/** Every row of a table, checked (rows as SheetTable reads them). */
export function checkRows(spec: TableSpec, rows: readonly { row: number; record: DataRecord }[]): CheckedRow[] {
  return rows.map((s) => checkRow(spec, s.record, s.row));
}

/** `item` with its row's problems, when it has some (the field is absent otherwise). */
export function withProblems<T extends object>(item: T, problems: readonly string[]): T & { problems?: string[] } {
  return problems.length ? { ...item, problems: [...problems] } : item;
}
