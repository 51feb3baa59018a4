/**
 * Which convention statuses change by themselves on a given day (the daily job applies them): a
 * signed or active convention past its end date expires; a signed one whose start date has come
 * (or that has none) becomes active. The end date is the last day covered: it expires the day after.
 * Closed, terminated and not-yet-signed conventions never move on their own.
 */
import { isLocalDate, type LocalDate } from '../format/local-date';
import type { Row } from '../schema/field';
import type { ConventionStatus } from '../schema/vocabulary';
import type { CONVENTIONS } from '../schema/tables';

export type ConventionDates = Pick<Row<typeof CONVENTIONS>, 'id' | 'status' | 'startDate' | 'endDate'>;

export interface StatusTransition {
  id: string;
  from: ConventionStatus;
  to: 'Active' | 'Expirée';
  /** Why, in French (« date de fin dépassée (2026-03-14) »). */
  reason: string;
}

/** A date that is neither empty nor a calendar day: nothing is decided from it. */
const unreadable = (date: LocalDate | ''): boolean => date !== '' && !isLocalDate(date);

/** The status change due today for one convention, or null when it stays as it is. */
export function transitionDueToday(convention: ConventionDates, today: LocalDate): StatusTransition | null {
  const { id, status, startDate: start, endDate: end } = convention;
  if ((status !== 'Signée' && status !== 'Active') || unreadable(start) || unreadable(end)) return null;
  if (end !== '' && end < today) return { id, from: status, to: 'Expirée', reason: `date de fin dépassée (${end})` };
  if (status === 'Signée' && start === '') return { id, from: status, to: 'Active', reason: 'signée, sans date de début' };
  if (status === 'Signée' && start <= today) return { id, from: status, to: 'Active', reason: `date de début atteinte (${start})` };
  return null;
}
