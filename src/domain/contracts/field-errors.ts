/**
 * Which fields a refused request named, carried in the error message itself: google.script.run hands
 * the sidebar's failure handler an Error made from the thrown one's message only (any other property is
 * lost), so the server appends one last line listing the fields, and the sidebar takes it off before
 * showing the message — each problem beside its field, focus on the first.
 */

/** A field a server error names: its sheet and field key, the record's positions when several were sent (Contact 2). */
export interface ErrorField {
  sheet: string;
  field: string;
  positions?: readonly number[];
  /** The problem, in French, as the message says it (one of its lines). */
  message: string;
}

/** Starts the last line; an invisible separator then a name no French message contains. */
const MARK = '\n\u2063pacte-champs:';

/** `message` followed by the line naming `fields` (none: the message as it is). */
export function withErrorFields(message: string, fields: readonly ErrorField[]): string {
  if (!fields.length) return message;
  const list = fields.map(({ sheet, field, positions, message: m }) =>
    positions?.length ? { sheet, field, positions, message: m } : { sheet, field, message: m },
  );
  return `${message}${MARK}${JSON.stringify(list)}`;
}

const isField = (x: unknown): x is ErrorField => {
  const f = x as ErrorField | null;
  return (
    typeof f?.sheet === 'string' &&
    typeof f.field === 'string' &&
    typeof f.message === 'string' &&
    (f.positions === undefined || (Array.isArray(f.positions) && f.positions.every((p) => Number.isInteger(p) && p > 0)))
  );
};

/** The message without its line of fields, and the fields it named (none when it names none, or the line is unreadable). */
export function splitErrorFields(text: string): { message: string; fields: ErrorField[] } {
  const at = text.lastIndexOf(MARK);
  if (at < 0) return { message: text, fields: [] };
  const message = text.slice(0, at);
  try {
    const list: unknown = JSON.parse(text.slice(at + MARK.length));
    return { message, fields: Array.isArray(list) && list.every(isField) ? list : [] };
  } catch {
    return { message, fields: [] };
  }
}
