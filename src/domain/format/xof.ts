/** Amounts in francs CFA (XOF): the euro's fixed parity and the conversion of any amount to FCFA. */
import type { LocalDate } from './local-date';
import { normaliseCurrency } from './currency';

/** Fixed parity of the franc CFA (UEMOA, BCEAO): 1 EUR = 655,957 XOF. */
export const EUR_TO_XOF = 655.957;

/** A rate from Paramètres › Taux de change: XOF for one unit, in force from `from` ('' = undated, always in force). */
export interface DatedRate {
  from: LocalDate | '';
  rate: number;
}

/** By ISO code: one rate (in force at any date) or the dated rates of that currency. */
export type ExchangeRates = Readonly<Record<string, number | readonly DatedRate[]>>;

/** The rate in force on `date`: the latest dated on or before it (undated rates count as the oldest); null if none. */
export function rateOn(rates: ExchangeRates, currency: string, date?: LocalDate): number | null {
  const entry = rates[currency];
  if (typeof entry === 'number') return Number.isFinite(entry) && entry > 0 ? entry : null;
  let best: DatedRate | null = null;
  for (const r of entry ?? []) {
    if (!(Number.isFinite(r.rate) && r.rate > 0)) continue;
    if (date && r.from && r.from > date) continue;
    if (!best || r.from >= best.from) best = r;
  }
  return best ? best.rate : null;
}

/**
 * Converts an amount to FCFA: XOF (or no currency) as is, XAF at par (both francs CFA are pegged to
 * the euro at the same parity), EUR at the fixed parity, any other currency at the rate in force on
 * `date` (today's latest when no date is given); null when no rate applies — never a silent 0.
 * FCFA has no subunit: converted amounts are rounded to the franc.
 */
export function toXof(amount: number | null, currency: string, rates: ExchangeRates = {}, date?: LocalDate): number | null {
  if (amount === null) return null;
  if (currency.trim() === '') return amount;
  const cur = normaliseCurrency(currency) ?? currency.trim().toUpperCase();
  if (cur === 'XOF' || cur === 'XAF') return amount;
  if (cur === 'EUR') return Math.round(amount * EUR_TO_XOF);
  const rate = rateOn(rates, cur, date);
  return rate === null ? null : Math.round(amount * rate);
}
