/** A date written inside a sentence (« taux du 1er mars 2026 », « au 01/03/2026 »), as Paramètres' comments hold them. */
import { type LocalDate, isLocalDate, parseFrenchDate } from './local-date';

const MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];

/** The first date found in `text` (ISO, JJ/MM/AAAA or « 1er mars 2026 »), or null. */
export function findDateIn(text: string): LocalDate | null {
  const t = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const numeric = /\b(\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\b/.exec(t);
  if (numeric) return parseFrenchDate(numeric[1]);
  const long = /\b(\d{1,2})(?:er)?\s+([a-z]+)\s+(\d{4})\b/.exec(t);
  const month = long ? MONTHS.indexOf(long[2]) + 1 : 0;
  if (!long || month === 0) return null;
  const iso = `${long[3]}-${String(month).padStart(2, '0')}-${long[1].padStart(2, '0')}`;
  return isLocalDate(iso) ? iso : null;
}
