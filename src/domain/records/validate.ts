/** Validates a record against its table: every problem named by sheet, row and column, in French. */
import type { DataRecord, TableSpec } from '../schema/field';
import { normaliseValue } from './normalise';

export interface FieldError {
  sheet: string;
  /** Sheet row number (1-based, header is row 1); null for a record not yet in the sheet. */
  row: number | null;
  field: string;
  header: string;
  message: string;
}

export class ValidationError extends Error {
  constructor(readonly errors: readonly FieldError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'ValidationError';
  }
}

/** What the user typed, as a message may quote it: a long text by its beginning, never a raw internal value. */
export function quoteInput(v: unknown): string {
  if (typeof v === 'string') return v.length > 60 ? `${v.slice(0, 60)}…` : v;
  if (typeof v === 'number' && Math.abs(v) > 1e15) return 'nombre trop grand';
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return v ? 'oui' : 'non';
  return typeof v === 'number' ? 'nombre non valide' : 'valeur non reconnue';
}
const show = quoteInput;

function where(spec: TableSpec, row: number | null, header: string): string {
  return `${spec.sheetName}${row === null ? '' : `, ligne ${row}`}, colonne « ${header} »`;
}

/**
 * Normalises the user-editable fields present in `input` (system fields are ignored).
 * With `partial`, missing required fields are not reported (an update of some fields).
 */
export function validateRecord(
  spec: TableSpec,
  input: Record<string, unknown>,
  row: number | null,
  opts: { partial?: boolean } = {},
): { record: DataRecord; errors: FieldError[] } {
  const record: DataRecord = {};
  const errors: FieldError[] = [];
  for (const field of spec.fields) {
    if (field.system) continue;
    const present = Object.prototype.hasOwnProperty.call(input, field.key);
    if (!present && opts.partial) continue;
    const result = normaliseValue(field, input[field.key]);
    const at = where(spec, row, field.header);
    if (!result.ok) {
      errors.push({
        sheet: spec.sheetName,
        row,
        field: field.key,
        header: field.header,
        message: `${at} : « ${show(input[field.key])} » n'est pas valide (attendu : ${result.expected}).`,
      });
    } else if (field.required && result.value === '') {
      errors.push({ sheet: spec.sheetName, row, field: field.key, header: field.header, message: `${at} : ce champ est obligatoire.` });
    } else if (present || !opts.partial) {
      record[field.key] = result.value;
    }
  }
  return { record, errors };
}

export function assertValid(spec: TableSpec, input: Record<string, unknown>, row: number | null, opts: { partial?: boolean } = {}): DataRecord {
  const { record, errors } = validateRecord(spec, input, row, opts);
  if (errors.length) throw new ValidationError(errors);
  return record;
}
