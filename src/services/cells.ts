/** Converts between sheet cells and domain values for one field type, in the spreadsheet's time zone. */
import { emptyValue, isNumeric, type CellData, type FieldSpec } from '../domain/schema/field';
import { parseFrenchNumber } from '../domain/records/normalise';
import { parseFrenchDate } from '../domain/format/local-date';
import { normaliseCurrency } from '../domain/format/currency';
import { escapeForSheet, Formula } from '../domain/format/sheet-text';
import { fromLocal, toLocalDate, toLocalDateTime } from '../domain/format/time-zone';

export type SheetCell = string | number | boolean | Date;

/**
 * A cell read as its field's declared type (see FieldValue): a number or numeric text in an amount
 * column is a number, an empty one `null`; a date column holds a LocalDate; other texts are text.
 * A cell that does not fit (« beaucoup » in an amount, « hier » in a date) reads as empty and comes
 * back as `unfit`, as typed, so the row's problem can still be named and the cell is never taken
 * for a value of the wrong type.
 */
export function readCell(field: FieldSpec, cell: unknown, timeZone: string): { value: CellData; unfit?: string | number | boolean } {
  if (isDate(cell)) {
    if (field.type === 'datetime') return { value: toLocalDateTime(cell, timeZone) };
    if (field.type === 'date' || !isNumeric(field)) return { value: toLocalDate(cell, timeZone) };
    return { value: null, unfit: toLocalDate(cell, timeZone) };
  }
  if (cell === null || cell === undefined || cell === '') return { value: emptyValue(field) };
  const typed = typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean' ? cell : String(cell);
  if (isNumeric(field)) {
    const n = typeof typed === 'number' ? typed : typeof typed === 'string' ? parseFrenchNumber(typed) : null;
    return n !== null && Number.isFinite(n) ? { value: n } : { value: null, unfit: typed };
  }
  if (field.type === 'date') {
    const d = typeof typed === 'string' ? parseFrenchDate(typed) : null;
    return d ? { value: d } : { value: '', unfit: typed };
  }
  if (field.type === 'boolean') {
    if (typeof typed === 'boolean') return { value: typed };
    if (typeof typed === 'string') return { value: /^(oui|vrai|true)$/i.test(typed.trim()) };
    return typed === 1 || typed === 0 ? { value: typed === 1 } : { value: '', unfit: typed };
  }
  // A choice is compared with its vocabulary: spaces around it (typed in the sheet) do not count.
  if (field.type === 'enum') return { value: String(typed).trim() };
  // « FCFA », « € » typed in the cell read as their code; an unknown currency stays as typed (shown, refused on save).
  if (field.type === 'currency') return { value: normaliseCurrency(String(typed)) ?? String(typed).trim() };
  return { value: String(typed) };
}

/** A cell's value as its field's type (a cell that does not fit reads as empty). */
export const fromCell = (field: FieldSpec, cell: unknown, timeZone: string): CellData => readCell(field, cell, timeZone).value;

/** Works across realms (the built script runs in its own V8 context in tests and the sandbox). */
function isDate(v: unknown): v is Date {
  return typeof v === 'object' && v !== null && Object.prototype.toString.call(v) === '[object Date]';
}

export function toCell(field: FieldSpec, value: CellData | Formula, timeZone: string): SheetCell {
  if (value instanceof Formula) return value.text;
  if (value === null || value === '') return '';
  if ((field.type === 'date' || field.type === 'datetime') && typeof value === 'string') return fromLocal(value, timeZone);
  if (field.type === 'boolean' && typeof value === 'boolean') return value ? 'Oui' : 'Non';
  return escapeForSheet(value);
}

/**
 * The one encoder of a record into a sheet row, for every write (tables, Journal, logs): each field
 * at its column found by header (`columns`: key → 0-based column), converted by `toCell` (dates in
 * the zone, text escaped so it stays text); other cells ''. The row spans columns `from` to `from + width - 1`.
 */
export function encodeRow(
  fields: readonly FieldSpec[],
  columns: ReadonlyMap<string, number>,
  record: Readonly<Record<string, CellData | Formula | undefined>>,
  timeZone: string,
  width: number,
  from = 0,
): SheetCell[] {
  const row: SheetCell[] = new Array(width).fill('');
  for (const f of fields) {
    const v = record[f.key];
    const column = columns.get(f.key);
    // A column a later version added may be absent from an older workbook: nothing to write there.
    if (v !== undefined && column !== undefined) row[column - from] = toCell(f, v, timeZone);
  }
  return row;
}
