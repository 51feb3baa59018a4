/**
 * A recurring commitment (« rapport trimestriel pendant 2 ans ») as dated occurrences: every 1, 3,
 * 6 or 12 months from a first date, up to an end date or a count. Each occurrence is its own row;
 * they share a series ID. A month without the first date's day takes its last day (31 janvier →
 * 28 ou 29 février → 31 mars): each date is counted from the first, never from the previous one.
 */
import { daysInMonth, parseLocalDate, type LocalDate } from '../format/local-date';
import { formatDateFr } from '../format/french';

export const RECURRENCE_MONTHS = [1, 3, 6, 12] as const;
export type RecurrenceMonths = (typeof RECURRENCE_MONTHS)[number];
/** Most occurrences one series may have (a monthly report over ten years). */
export const MAX_OCCURRENCES = 120;

export interface Recurrence {
  everyMonths: number;
  /** The last occurrence's latest date (included), or… */
  until?: LocalDate;
  /** …how many occurrences. */
  count?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first date plus `months` months, on the first date's day or the month's last. */
export function addMonths(first: LocalDate, months: number): LocalDate {
  const { year, month, day } = parseLocalDate(first);
  const index = month - 1 + months;
  const y = year + Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${y}-${pad(m)}-${pad(Math.min(day, daysInMonth(y, m)))}`;
}

/** The occurrences' due dates, or the French problems naming the field and what is expected. */
export function expandRecurrence(first: LocalDate, r: Recurrence): { dates: LocalDate[] } | { problems: string[] } {
  const problems: string[] = [];
  if (!(RECURRENCE_MONTHS as readonly number[]).includes(r.everyMonths))
    problems.push(`Récurrence, champ « Tous les » : ${r.everyMonths} mois n'est pas proposé (attendu : 1, 3, 6 ou 12 mois).`);
  const hasCount = r.count !== undefined && r.count !== null;
  const hasUntil = !!r.until;
  if (hasCount === hasUntil) problems.push('Récurrence : indiquez soit une date de fin, soit un nombre d’occurrences (l’un des deux).');
  if (hasCount && (!Number.isInteger(r.count) || r.count! < 1 || r.count! > MAX_OCCURRENCES))
    problems.push(`Récurrence, champ « Nombre d’occurrences » : ${r.count} (attendu : un entier de 1 à ${MAX_OCCURRENCES}).`);
  if (hasUntil && r.until! < first)
    problems.push(`Récurrence, champ « Jusqu’au » : le ${formatDateFr(r.until!)} est avant la première échéance (${formatDateFr(first)}).`);
  if (problems.length) return { problems };
  const dates: LocalDate[] = [];
  for (let i = 0; hasCount ? i < r.count! : true; i++) {
    const date = addMonths(first, i * r.everyMonths);
    if (hasUntil && date > r.until!) break;
    if (dates.length === MAX_OCCURRENCES)
      return { problems: [`Récurrence : plus de ${MAX_OCCURRENCES} occurrences jusqu’au ${formatDateFr(r.until!)} (attendu : au plus ${MAX_OCCURRENCES}).`] };
    dates.push(date);
  }
  return { dates };
}
