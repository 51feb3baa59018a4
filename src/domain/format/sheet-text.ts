/**
 * Keeps text as text when written to a sheet. Sheets parses a written string as if typed:
 * `=`, `+`, `-`, `@` start a formula (tab/CR lead importers to the same), and "007",
 * "1,5", "12/03/2026" or "VRAI" turn into numbers, dates or booleans. A leading apostrophe
 * makes Sheets store the rest verbatim (the apostrophe itself is not stored), so a partner's
 * answer never becomes a formula and nothing a user typed is altered.
 */
const FORMULA_START = /^[=+\-@\t\r']/;
/**
 * Anything Sheets could read as a number, date, time or boolean: text made only of digits and
 * number punctuation (1e5, 12:30, 1/2, 12/03/2026, $100, 50 %, 1 500,00 €), or a boolean word. Escaping a little too much is harmless; too little is not.
 */
const NUMBERISH = '[\\d\\s\\u00a0\\u202f.,:;%$€£+\\-/eE]';
/** An ISO date-time (« 2026-03-12T09:00:00 », as the Journal's Avant/Après hold a datetime): read as a date by the emulator's stricter reading of Sheets. */
const ISO_DATE_TIME = '\\s*\\d{4}-\\d{1,2}-\\d{1,2}T[\\d:.]+Z?\\s*';
const PARSED_AS_VALUE = new RegExp(`^(?:${NUMBERISH}*\\d${NUMBERISH}*|\\s*(?:true|false|vrai|faux)\\s*|${ISO_DATE_TIME})$`, 'i');

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
