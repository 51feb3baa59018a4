/** Client-side display helpers, sharing the domain's French formatting. */
import { formatDateFr as formatValidDate } from '../domain/format/french';
import { isLocalDate } from '../domain/format/local-date';

export { formatMoney, formatNumberFr } from '../domain/format/french';
export { foldText } from '../domain/records/normalise';

/**
 * "2026-03-01" → "1er mars 2026". A date typed by hand in a sheet may be anything (blank, « hier »):
 * the row is still shown, with the problem in place of the date, never a broken page.
 */
export function formatDateFr(date: unknown): string {
  if (typeof date === 'string' && isLocalDate(date)) return formatValidDate(date);
  const typed = typeof date === 'string' ? date.trim() : '';
  return typed
    ? `« ${typed.length > 40 ? `${typed.slice(0, 40)}…` : typed} » (date à corriger dans la feuille)`
    : 'date manquante (à corriger dans la feuille)';
}
