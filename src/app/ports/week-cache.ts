/**
 * « Ma semaine » of each user, kept in the document cache so that opening it reads no sheet:
 * dropped whenever Pacte writes Opportunités, Partenaires, Engagements, Conventions or Validations, or a hand
 * edits one of them.
 */
import type { ConventionSummary, MyWeekItem } from '../../domain/contracts';
import type { LocalDate } from '../../domain/format/local-date';

/** The first items of a user's week (the pages the sidebar opens on) and how many there are in all. */
export interface WeekHead {
  total: number;
  items: MyWeekItem[];
  /** The conventions awaiting the user's role (the first page shows them). */
  approvals: ConventionSummary[];
}

export interface CachedWeek {
  /** The user's week of `day`, or null when the cache holds none. */
  week: WeekHead | null;
  /** Keeps `week` unless the sheets were written since `open` (then the next opening reads them again). */
  save(week: WeekHead): void;
}

export interface WeekCache {
  open(user: string, day: LocalDate): CachedWeek;
}
