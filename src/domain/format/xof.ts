/** Amounts in francs CFA (XOF): the euro's fixed parity and the conversion of any amount to FCFA. */

/** Fixed parity of the franc CFA (UEMOA, BCEAO): 1 EUR = 655,957 XOF. */
export const EUR_TO_XOF = 655.957;

/**
 * Converts an amount to FCFA: XOF (or no currency) as is, EUR at the fixed parity, any other
 * currency only if `rates` gives its value in XOF (e.g. { USD: 600 }); otherwise null.
 * FCFA has no subunit: converted amounts are rounded to the franc.
 */
export function toXof(amount: number | null, currency: string, rates: Readonly<Record<string, number>> = {}): number | null {
  if (amount === null) return null;
  const cur = currency.trim().toUpperCase();
  if (cur === '' || cur === 'XOF') return amount;
  if (cur === 'EUR') return Math.round(amount * EUR_TO_XOF);
  const rate = rates[cur];
  return typeof rate === 'number' && Number.isFinite(rate) && rate > 0 ? Math.round(amount * rate) : null;
}
