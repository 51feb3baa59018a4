/**
 * A contribution's amount and its FCFA value: cash as typed, in-kind as typed or, when the amount is
 * blank, quantity × the rate of its category in Paramètres › Valorisation; then converted to FCFA at
 * the rate of its date. A missing rate leaves the FCFA value empty (« taux à saisir »), never 0.
 */
import { parseFrenchNumber } from '../records/normalise';
import { toXof, type ExchangeRates } from '../format/xof';
import { normaliseCurrency } from '../format/currency';
import type { LocalDate } from '../format/local-date';
import { IN_KIND_CATEGORIES } from './tables';
import type { InKindCategory, ValuationGrid } from './valuation';

export class ResourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResourceError';
  }
}

export interface ValuingInput {
  kind: string;
  amount: unknown;
  currency: unknown;
  quantity: unknown;
  inKindCategory: unknown;
  date: LocalDate | '';
}

export interface Valued {
  amount: number;
  currency: string;
  /** null: no rate for that currency at that date. */
  amountXof: number | null;
}

/** A number typed in the sidebar (25000, « 25 000 », « 1,5 ») or null when blank; NaN when unreadable. */
function numberOf(v: unknown): number | null {
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return null;
  if (typeof v === 'number') return v;
  return parseFrenchNumber(String(v)) ?? NaN;
}

/** `where`: « Ressource » or « Ressource RES-0004 », so the message names the row. */
export function valueResource(input: ValuingInput, grid: ValuationGrid, rates: ExchangeRates, where: string): Valued {
  const amount = numberOf(input.amount);
  if (amount !== null && !(Number.isFinite(amount) && amount >= 0))
    throw new ResourceError(`${where}, champ « Montant » : « ${String(input.amount)} » n’est pas un montant ; attendu un nombre positif (ex. 250 000).`);
  const typed = String(input.currency ?? '').trim();
  const currency = typed ? normaliseCurrency(typed) : 'XOF';
  if (!currency) throw new ResourceError(`${where}, champ « Devise » : « ${typed} » n’est pas une devise reconnue (ex. FCFA, EUR, USD).`);
  if (amount !== null) return { amount, currency, amountXof: toXof(amount, currency, rates, input.date || undefined) };
  if (input.kind !== 'En nature')
    throw new ResourceError(`${where}, champ « Montant » : indiquez le montant versé ou promis (un nombre positif, ex. 2 000 000).`);
  return withXof(valueByGrid(input, grid, where));
}

const withXof = (amount: number): Valued => ({ amount, currency: 'XOF', amountXof: amount });

/** Quantity × the category's rate, rounded to the franc. */
function valueByGrid(input: ValuingInput, grid: ValuationGrid, where: string): number {
  const category = IN_KIND_CATEGORIES.find((c) => c === input.inKindCategory) as InKindCategory | undefined;
  const quantity = numberOf(input.quantity);
  if (!category || quantity === null)
    throw new ResourceError(
      `${where}, champ « Montant » : indiquez la valeur en FCFA, ou la catégorie et la quantité pour la valoriser avec Paramètres › Valorisation.`,
    );
  if (!(Number.isFinite(quantity) && quantity > 0))
    throw new ResourceError(`${where}, champ « Quantité » : « ${String(input.quantity)} » n’est pas une quantité ; attendu un nombre positif (ex. 3).`);
  const line = grid[category];
  if (!line)
    throw new ResourceError(
      `${where}, champ « Montant » : la catégorie « ${category} » n’a pas de taux dans Paramètres › Valorisation ; indiquez la valeur en FCFA ou ajoutez le taux.`,
    );
  return Math.round(quantity * line.rate);
}
