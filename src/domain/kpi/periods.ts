/**
 * The periods a KPI is computed over — a month, a quarter, a year or any range of days — in the
 * spreadsheet's zone (LocalDate), with their French names and the period just before (same length:
 * the month before, the quarter before, the year before; a range of n days → the n days before).
 */
import { addDays, daysInMonth, parseLocalDate, type LocalDate } from '../format/local-date';
import { formatDateFr } from '../format/french';
import type { Period, PeriodKind } from './model';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

const pad = (n: number): string => String(n).padStart(2, '0');
const day = (year: number, month: number, d: number): LocalDate => `${year}-${pad(month)}-${pad(d)}`;

export function monthPeriod(year: number, month: number): Period {
  return { kind: 'month', from: day(year, month, 1), to: day(year, month, daysInMonth(year, month)), label: `${MONTHS[month - 1]} ${year}` };
}

/** `quarter` 1–4: « 1er trimestre 2026 », « 2e trimestre 2026 ». */
export function quarterPeriod(year: number, quarter: number): Period {
  const last = quarter * 3;
  return {
    kind: 'quarter',
    from: day(year, last - 2, 1),
    to: day(year, last, daysInMonth(year, last)),
    label: `${quarter === 1 ? '1er' : `${quarter}e`} trimestre ${year}`,
  };
}

export function yearPeriod(year: number): Period {
  return { kind: 'year', from: day(year, 1, 1), to: day(year, 12, 31), label: `année ${year}` };
}

/** Any range of days, both ends included (`from` ≤ `to`). */
export function customPeriod(from: LocalDate, to: LocalDate): Period {
  return { kind: 'custom', from, to, label: `du ${formatDateFr(from)} au ${formatDateFr(to)}` };
}

/** The month, quarter or year holding `date`. */
export function periodContaining(kind: Exclude<PeriodKind, 'custom'>, date: LocalDate): Period {
  const { year, month } = parseLocalDate(date);
  if (kind === 'month') return monthPeriod(year, month);
  if (kind === 'quarter') return quarterPeriod(year, Math.ceil(month / 3));
  return yearPeriod(year);
}

/** Days in the period, both ends included. */
export function periodDays(p: Pick<Period, 'from' | 'to'>): number {
  const ms = (d: LocalDate) => {
    const { year, month, day: dd } = parseLocalDate(d);
    return Date.UTC(year, month - 1, dd);
  };
  return Math.round((ms(p.to) - ms(p.from)) / 86_400_000) + 1;
}

/** The period of the same kind `steps` periods away (−1: the one just before; +1: the next). */
export function shiftPeriod(p: Period, steps: number): Period {
  if (p.kind === 'custom') {
    const length = periodDays(p);
    return customPeriod(addDays(p.from, steps * length), addDays(p.to, steps * length));
  }
  const { year, month } = parseLocalDate(p.from);
  const months = p.kind === 'month' ? 1 : p.kind === 'quarter' ? 3 : 12;
  const index = year * 12 + (month - 1) + steps * months;
  return periodContaining(p.kind, day(Math.floor(index / 12), (index % 12) + 1, 1));
}

export const previousPeriod = (p: Period): Period => shiftPeriod(p, -1);

/** « 2026-03 »: how « Indicateurs » names a month. */
export const monthKey = (date: LocalDate): string => date.slice(0, 7);

/** The month named « 2026-03 », or null when the text is not one. */
export function monthFromKey(key: string): Period | null {
  const m = /^(\d{4})-(\d{2})$/.exec(key.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
  return monthPeriod(Number(m[1]), Number(m[2]));
}

/** Whether a day (or a date-time « 2026-03-12 09:00:00 ») falls in the period. */
export function inPeriod(date: string, p: Pick<Period, 'from' | 'to'>): boolean {
  const d = date.slice(0, 10);
  return d !== '' && d >= p.from && d <= p.to;
}
