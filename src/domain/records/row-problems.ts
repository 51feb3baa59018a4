/**
 * A row as a view may use it. Any editor can type anything in a cell (a blank or « hier » in a date
 * column, « beaucoup » or 1e308 in an amount), and one such row must never break a page: the view
 * shows the row, with its problems named (sheet, row, column, what is expected), and the rest works.
 * Values a view computes with — dates and numbers — are blanked when they are not what their column
 * expects, so no sort, total or date display meets them; texts and choices are kept as typed.
 */
import { emptyValue, type DataRecord, type FieldSpec, type Row, type TableSpec } from '../schema/field';
import { validateRecord } from './validate';

export interface CheckedRow<R = DataRecord> {
  /** The record with its unusable dates and numbers blanked. */
  record: R;
  /** French, one per problem: « Versions, ligne 4, colonne « Généré le » : … (attendu : …). » */
  problems: string[];
}

const COMPUTED: readonly FieldSpec['type'][] = ['date', 'datetime', 'integer', 'number', 'money', 'percent', 'score'];

/**
 * `unfit`: cells read as empty because they did not fit their type (as SheetTable reads them),
 * checked as typed so their problem is named.
 */
export function checkRow<S extends TableSpec>(spec: S, record: Row<S>, row: number, unfit?: Readonly<Record<string, unknown>>): CheckedRow<Row<S>> {
  const { errors } = validateRecord(spec, { ...(record as DataRecord), ...unfit }, row);
  if (!errors.length) return { record, problems: [] };
  const cleaned: DataRecord = { ...(record as DataRecord) };
  for (const e of errors) {
    const field = spec.fields.find((f) => f.key === e.field);
    if (field && COMPUTED.includes(field.type)) cleaned[e.field] = emptyValue(field);
  }
  return { record: cleaned as Row<S>, problems: errors.map((e) => e.message) };
}

/** Every row of a table, checked (rows as SheetTable reads them). */
export function checkRows<S extends TableSpec>(
  spec: S,
  rows: readonly { row: number; record: Row<S>; unfit?: Readonly<Record<string, unknown>> }[],
): CheckedRow<Row<S>>[] {
  return rows.map((s) => checkRow(spec, s.record, s.row, s.unfit));
}

/** `item` with its row's problems, when it has some (the field is absent otherwise). */
export function withProblems<T extends object>(item: T, problems: readonly string[]): T & { problems?: string[] } {
  return problems.length ? { ...item, problems: [...problems] } : item;
}
