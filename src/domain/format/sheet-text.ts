/**
 * Keeps text as text when written to a sheet. Sheets parses a written string as if typed:
 * `=`, `+`, `-`, `@` start a formula (tab/CR lead importers to the same), and "007",
 * "1,5", "12/03/2026" or "VRAI" turn into numbers, dates or booleans. A leading apostrophe
 * makes Sheets store the rest verbatim (the apostrophe itself is not stored), so a partner's
 * answer never becomes a formula and nothing a user typed is altered.
 */
const FORMULA_START = /^[=+\-@\t\r']/;
const PARSED_AS_VALUE = /^\s*(?:[+-]?[\d\s\u00a0\u202f.,]*\d[\d\s\u00a0\u202f.,]*%?|\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?(?:\s.*)?|true|false|vrai|faux)\s*$/i;

export function escapeForSheet<T>(value: T): T | string {
  if (typeof value !== 'string') return value;
  return FORMULA_START.test(value) || PARSED_AS_VALUE.test(value) ? `'${value}` : value;
}

/** A formula Pacte writes on purpose: the only kind of string the store leaves unescaped. */
export class Formula {
  constructor(readonly text: string) {
    if (!text.startsWith('=')) throw new Error(`Une formule commence par « = » : ${text}`);
  }
}
