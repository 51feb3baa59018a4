/** Validates a record against its table: every problem named by sheet, row and column, in French. */
import type { Row, TableSpec } from '../schema/field';
import { normaliseValue, refusalText } from './normalise';

export interface FieldError {
  sheet: string;
  /** Sheet row number (1-based, header is row 1); null for a record not yet in the sheet. */
  row: number | null;
  field: string;
  header: string;
  message: string;
  /** 1-based positions of the records concerned among those sent together (« Contact 2 »), when several were. */
  positions?: readonly number[];
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

declare const userInputBrand: unique symbol;

/**
 * Values a user sent (sidebar JSON, an import row): any keys, any values, checked field by field
 * before anything is written. Opaque on purpose: typed code passes `Partial<Row<S>>` and gets its
 * keys and values checked by the compiler; only what truly comes from outside is wrapped.
 */
export type UserInput = { readonly [userInputBrand]: true };

/** Marks values received from a user, to be validated by the table they are written to. */
export const userInput = (values: Readonly<Record<string, unknown>>): UserInput => values as unknown as UserInput;

/** What a table accepts to write: typed values, or user input it validates. */
export type WriteInput<S extends TableSpec> = Partial<Row<S>> | UserInput;

/**
 * Normalises the user-editable fields present in `input` (system fields are ignored).
 * With `partial`, missing required fields are not reported (an update of some fields).
 */
export function validateRecord<S extends TableSpec>(
  spec: S,
  input: Readonly<Record<string, unknown>> | WriteInput<S>,
  row: number | null,
  opts: { partial?: boolean } = {},
): { record: Partial<Row<S>>; errors: FieldError[] } {
  const values = input as Readonly<Record<string, unknown>>;
  const record: Record<string, unknown> = {};
  const errors: FieldError[] = [];
  for (const field of spec.fields) {
    if (field.system) continue;
    const present = Object.prototype.hasOwnProperty.call(values, field.key);
    if (!present && opts.partial) continue;
    const result = normaliseValue(field, values[field.key]);
    const at = where(spec, row, field.header);
    if (!result.ok) {
      errors.push({
        sheet: spec.sheetName,
        row,
        field: field.key,
        header: field.header,
        message: `${at} : « ${show(values[field.key])} » ${refusalText(result)}.`,
      });
    } else if (field.required && (result.value === '' || result.value === null)) {
      errors.push({ sheet: spec.sheetName, row, field: field.key, header: field.header, message: `${at} : ce champ est obligatoire.` });
    } else if (present || !opts.partial) {
      record[field.key] = result.value;
    }
  }
  return { record: record as Partial<Row<S>>, errors };
}

export function assertValid<S extends TableSpec>(
  spec: S,
  input: Readonly<Record<string, unknown>> | WriteInput<S>,
  row: number | null,
  opts: { partial?: boolean } = {},
): Partial<Row<S>> {
  const { record, errors } = validateRecord(spec, input, row, opts);
  if (errors.length) throw new ValidationError(errors);
  return record;
}
