/** What the sidebar's « Veille » view receives: calls by deadline, one page at a time, and the reports of imports and decisions. */
import type { LocalDate } from '../format/local-date';
import type { WatchDecision } from './tables';

export const WATCH_PAGE = 20;

export interface WatchCallView {
  id: string;
  title: string;
  funder: string;
  kind: string;
  deadline: LocalDate | '';
  /** Days left before the deadline (negative once passed), null without one. */
  daysLeft: number | null;
  link: string;
  themes: string;
  zones: string;
  fit: number | null;
  fitExplanation: string;
  decision: WatchDecision | '';
  owner: string;
  opportunityId: string;
  source: string;
}

export interface WatchPage {
  total: number;
  offset: number;
  calls: WatchCallView[];
}

export interface WatchImportReport {
  added: number;
  /** Titles already in the sheet (same link, guid or title), not added again. */
  duplicates: string[];
  /** French messages: lines or feeds that could not be read. */
  problems: string[];
}

export interface WatchDecisionResult {
  decision: WatchDecision;
  opportunityId: string;
  /** True when this request created the opportunity; false when it already existed. */
  created: boolean;
}

/** Calls with a deadline first, the nearest first; passed deadlines after, then calls without one. */
export function byDeadline(today: LocalDate) {
  const rank = (c: WatchCallView): string =>
    !c.deadline ? '2' : c.deadline < today ? '1' + (9999 - Number(c.deadline.slice(0, 4))) + c.deadline : '0' + c.deadline;
  return (a: WatchCallView, b: WatchCallView): number => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0);
}
