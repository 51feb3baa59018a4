/**
 * A sidebar request's refusal as it leaves Code.js: when it names fields, its message ends with the
 * line naming them (domain/contracts/field-errors.ts), since google.script.run passes the sidebar the
 * message only. A ValidationError names its fields; another error names one when its message is a
 * single problem written as Pacte writes them, « Feuille[, ligne N], colonne « En-tête » : … », of a
 * column of that sheet.
 */
import { withErrorFields, type ErrorField } from '../../domain/contracts/field-errors';
import { ValidationError } from '../../domain/records/validate';
import { ALL_TABLES } from '../../domain/schema/tables';

const ONE_COLUMN = /^([^,\n]+)(?:, ligne \d+)?, colonne « ([^»\n]+) » : [^\n]*$/;

/** The field a one-problem message names by its sheet and column header, if any. */
export function fieldNamedIn(message: string): ErrorField | null {
  const [, sheet, header] = ONE_COLUMN.exec(message) ?? [];
  const field = ALL_TABLES.find((t) => t.sheetName === sheet)?.fields.find((f) => f.header === header);
  return field ? { sheet, field: field.key, message } : null;
}

/** The fields `error` names: each of a ValidationError's, or the one its message names. */
function fieldsOf(error: unknown): ErrorField[] {
  if (error instanceof ValidationError) return error.errors.map(({ sheet, field, positions, message }) => ({ sheet, field, positions, message }));
  const message = (error as { message?: unknown } | null)?.message;
  const named = typeof message === 'string' ? fieldNamedIn(message) : null;
  return named ? [named] : [];
}

/** Runs a sidebar's request; a refusal naming fields leaves as an Error whose message ends with the line naming them. */
export function namingFields<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    const fields = fieldsOf(e);
    if (!fields.length) throw e;
    throw new Error(withErrorFields((e as Error).message, fields));
  }
}
