/** Converts between sheet cells and domain values for one field type, in the spreadsheet's time zone. */
import type { CellData, FieldSpec } from '../domain/schema/field';
import { escapeForSheet, Formula } from '../domain/format/sheet-text';
import { fromLocal, toLocalDate, toLocalDateTime } from './time-zone';

export type SheetCell = string | number | boolean | Date;

export function fromCell(field: FieldSpec, cell: unknown, timeZone: string): CellData {
  if (isDate(cell)) return field.type === 'datetime' ? toLocalDateTime(cell, timeZone) : toLocalDate(cell, timeZone);
  if (cell === null || cell === undefined) return '';
  if (field.type === 'boolean' && typeof cell === 'string') return cell === '' ? '' : /^(oui|vrai|true)$/i.test(cell.trim());
  if (typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean') return cell;
  return String(cell);
}

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
    if (v !== undefined) row[columns.get(f.key)! - from] = toCell(f, v, timeZone);
  }
  return row;
}
