/**
 * The watch list's deadlines its owners must see: calls decided « Go » or still « À étudier » whose
 * deadline falls from today to 30 days ahead. « Ma semaine » and the digests show the same calls.
 * A passed deadline is left out: the call is closed, nothing can be done about it any more.
 */
import { addDays, isLocalDate, type LocalDate } from '../format/local-date';
import { text } from '../records/coerce';
import { readDecision } from './tables';

/** How far ahead a call's deadline is shown, in days. */
export const CALL_NOTICE_DAYS = 30;

const OPEN_DECISIONS: readonly string[] = ['Go', 'À étudier'];

type Row = Readonly<Record<string, unknown>>;

/** True when `call` (a row of Veille) must be shown to its owner today. */
export function callDeadlineSoon(call: Row, today: LocalDate): boolean {
  const deadline = text(call.deadline).slice(0, 10);
  return (
    text(call.owner) !== '' &&
    OPEN_DECISIONS.includes(readDecision(call.decision)) &&
    isLocalDate(deadline) &&
    deadline >= today &&
    deadline <= addDays(today, CALL_NOTICE_DAYS)
  );
}

/** The line a call's deadline reads as: « Date limite : Appel PNUD jeunesse ». */
export const callDeadlineTitle = (call: Row): string => `Date limite : ${text(call.title)}`;
