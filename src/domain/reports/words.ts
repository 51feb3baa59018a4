/** French wording shared by the report contents: counts with their noun, amounts, lists of names. */
import { formatDateFr, formatMoney } from '../format/french';
import { text } from '../records/coerce';

/** 0 → « aucun partenaire », 1 → « 1 partenaire », 3 → « 3 partenaires » (`feminine` for « aucune »). */
export function count(n: number, singular: string, plural = `${singular}s`, feminine = false): string {
  if (n === 0) return `${feminine ? 'aucune' : 'aucun'} ${singular}`;
  return `${n} ${n > 1 ? plural : singular}`;
}

/** « A », « A et B », « A, B et C ». */
export function listing(items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

export const fcfa = (v: number): string => formatMoney(v, 'XOF');

/** A record's date cell in French, « — » when empty or unreadable. */
export function dateFr(v: unknown): string {
  const d = text(v).slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(d) ? formatDateFr(d) : '—';
}

/** The share in whole percent, « — » when the whole is 0. */
export const percentFr = (part: number, whole: number): string => (whole ? `${Math.round((100 * part) / whole)} %` : '—');
