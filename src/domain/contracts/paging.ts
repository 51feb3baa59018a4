/**
 * How much a first screen ships: the sidebar asks for one page at a time so that opening a view
 * costs the same at 1,000 or 50,000 rows (what the sidebar would show is a few screens anyway).
 */

/** Partners per page of the partners list and of a search. */
export const PARTNER_PAGE = 30;
/** Cards per pipeline column on the board and per « Afficher plus ». */
export const BOARD_PAGE = 8;
/** Items per page of « Ma semaine ». */
export const WEEK_PAGE = 30;
/** Commitments per page of the commitments list. */
export const COMMITMENT_PAGE = 30;
/** Events per page of the « Événements » list (upcoming or past). */
export const EVENT_PAGE = 20;
/** Archived rows per page of each Archives section. */
export const ARCHIVE_PAGE = 20;
/** Owners and partners (each) whose compliance rate the Engagements view receives: the most due first, the rest counted. */
export const COMPLIANCE_TOP = 20;
/** The most a caller may ask for at once. */
export const MAX_PAGE = 200;

/** `limit` items from `offset`. */
export function pageOf<T>(list: readonly T[], offset: number, limit: number): T[] {
  return list.slice(offset, offset + limit);
}
