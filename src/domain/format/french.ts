/** French display of dates and amounts, as Pacte's users read them: "12 mars 2026", "1 500 000 FCFA". */
import { type LocalDate, parseLocalDate } from './local-date';
import { currencySign, normaliseCurrency } from './currency';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** No-break space: keeps "1 500 000" and "FCFA" on one line in sheets, docs and the sidebar. */
export const NBSP = '\u00a0';

/** "2026-03-01" → "1er mars 2026" (French writes the first of the month as an ordinal). */
export function formatDateFr(date: LocalDate): string {
  const { year, month, day } = parseLocalDate(date);
  return `${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
}

/** Groups digits by three with no-break spaces; decimals (if any) after a comma. */
export function formatNumberFr(value: number, decimals = 0): string {
  // A hand-typed cell may hold anything: never show « NaN » or « Infinity », never throw.
  if (!Number.isFinite(value)) return 'montant illisible';
  const sign = value < 0 ? '-' : '';
  // toFixed writes 1e+21 and above in exponent form: all the digits instead.
  const fixed = Math.abs(value) >= 1e21 ? BigInt(Math.round(Math.abs(value))).toString() : Math.abs(value).toFixed(decimals);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  return sign + grouped + (frac ? ',' + frac : '');
}

/** Currencies without a subunit in use: their amounts are rounded to the unit. */
const WHOLE_UNITS: readonly string[] = ['XOF', 'XAF', 'JPY'];

/** 1500000 → "1 500 000 FCFA", 12345.5 EUR → "12 345,50 €", 300 GBP → "300,00 £". */
export function formatMoney(value: number, currency = 'XOF'): string {
  const code = normaliseCurrency(currency) ?? currency;
  const decimals = WHOLE_UNITS.includes(code) ? 0 : 2;
  return `${formatNumberFr(value, decimals)}${NBSP}${currencySign(code)}`;
}
