/**
 * Which period a periodic report covers, how it is keyed in the publish log (« 2026-03 »,
 * « 2026-T1 », « 2026 »), and which reports fall due on a given day: the month just ended every
 * month, the quarter just ended at a quarter's start, the year just ended in January.
 *
 * API: `periodOfRequest(req)`, `periodKey(period)`, `dueReports(today)`, `describeReport(key)`.
 */
import { parseLocalDate, type LocalDate } from '../format/local-date';
import type { Period } from '../kpi/model';
import { monthPeriod, periodContaining, previousPeriod, quarterPeriod, yearPeriod } from '../kpi/periods';
import { PERIODIC_KINDS, REPORT_TITLES, type PeriodicKind } from './periodic';

export interface PeriodicRequest {
  kind: PeriodicKind;
  year: number;
  month?: number;
  quarter?: number;
}

const KIND_OF_PERIOD: Readonly<Record<PeriodicKind, 'month' | 'quarter' | 'year'>> = { mensuel: 'month', trimestriel: 'quarter', annuel: 'year' };

/** The period asked for; a French message naming the missing field otherwise. */
export function periodOfRequest(req: PeriodicRequest): Period {
  if (req.kind === 'mensuel') {
    if (!req.month) throw new Error('Rapport mensuel : indiquez le mois (1 à 12).');
    return monthPeriod(req.year, req.month);
  }
  if (req.kind === 'trimestriel') {
    if (!req.quarter) throw new Error('Rapport trimestriel : indiquez le trimestre (1 à 4).');
    return quarterPeriod(req.year, req.quarter);
  }
  return yearPeriod(req.year);
}

export function periodKey(p: Period): string {
  const { year, month } = parseLocalDate(p.from);
  if (p.kind === 'month') return p.from.slice(0, 7);
  if (p.kind === 'quarter') return `${year}-T${Math.ceil(month / 3)}`;
  return String(year);
}

/** The reports the dispatcher makes on `today` (each is made once: publishing is idempotent). */
export function dueReports(today: LocalDate): { kind: PeriodicKind; period: Period }[] {
  const { month } = parseLocalDate(today);
  const out: { kind: PeriodicKind; period: Period }[] = [{ kind: 'mensuel', period: previousPeriod(periodContaining('month', today)) }];
  if (month % 3 === 1) out.push({ kind: 'trimestriel', period: previousPeriod(periodContaining('quarter', today)) });
  if (month === 1) out.push({ kind: 'annuel', period: previousPeriod(periodContaining('year', today)) });
  return out;
}

/** « rapport:mensuel:2026-03 » → its kind, period key and French name; null for another kind of report. */
export function describeReport(key: string): { kind: PeriodicKind; periodKey: string; name: string } | null {
  const m = /^rapport:([^:]+):(.+)$/.exec(key);
  const kind = m && (PERIODIC_KINDS as readonly string[]).includes(m[1]) ? (m[1] as PeriodicKind) : null;
  if (!m || !kind) return null;
  const p = m[2];
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(p);
  const quarter = /^(\d{4})-T([1-4])$/.exec(p);
  const year = /^(\d{4})$/.exec(p);
  const period =
    kind === 'mensuel' && month
      ? monthPeriod(Number(month[1]), Number(month[2]))
      : kind === 'trimestriel' && quarter
        ? quarterPeriod(Number(quarter[1]), Number(quarter[2]))
        : kind === 'annuel' && year
          ? yearPeriod(Number(year[1]))
          : null;
  if (!period || KIND_OF_PERIOD[kind] !== period.kind) return null;
  return { kind, periodKey: p, name: `${REPORT_TITLES[kind]} — ${period.label}` };
}
