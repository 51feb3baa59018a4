/**
 * Dates as the domain sees them: calendar days "YYYY-MM-DD" in the spreadsheet's time zone.
 * Adapters convert sheet Date cells with that time zone; the domain never guesses one, and
 * such strings cross google.script.run (which refuses Date objects) unchanged.
 */
export type LocalDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseLocalDate(date: LocalDate): { year: number; month: number; day: number } {
  const m = ISO.exec(date);
  if (!m) throw new Error(`Date invalide : « ${date} » (attendu AAAA-MM-JJ)`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** The calendar day `days` after (or before, if negative) `date`. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export function isLocalDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Reads the dates French users type: "12/03/2026", "12-03-2026", "2026-03-12". */
export function parseFrenchDate(text: string): LocalDate | null {
  const t = text.trim();
  if (isLocalDate(t)) return t;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isLocalDate(iso) ? iso : null;
}
