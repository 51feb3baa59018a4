/**
 * Amounts in words, in French, as conventions and financing agreements write them:
 * 1 500 000 → « un million cinq cent mille francs CFA ».
 *
 * Traditional spelling (spaces between groups, hyphens inside numbers below one hundred):
 * - « et » for 21, 31, 41, 51, 61 and 71 (« vingt et un », « soixante et onze »), never for 81 and 91
 *   (« quatre-vingt-un », « quatre-vingt-onze »);
 * - « quatre-vingts » and « deux cents » take an s when they end the number or come before a noun
 *   (million, milliard, billion), not before « mille » nor when followed by another number
 *   (« quatre-vingt mille », « deux cent mille », « deux cent un », « quatre-vingts millions »);
 * - « cent » and « mille » alone are never preceded by « un »; « mille » is invariable;
 * - « million », « milliard » and « billion » are nouns: plural from two (« deux millions »), and the
 *   currency follows with « de » when the amount ends with one of them (« un million de francs CFA »,
 *   « deux millions d'euros »).
 */
import { formatNumberFr } from './french';
import { CURRENCY_INFO, normaliseCurrency } from './currency';

const UNITS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'];
const TENS: Record<number, string> = { 2: 'vingt', 3: 'trente', 4: 'quarante', 5: 'cinquante', 6: 'soixante' };

/** 0–99. `beforeMille`: « quatre-vingt » loses its s before « mille ». */
function belowHundred(n: number, beforeMille: boolean): string {
  if (n <= 16) return UNITS[n];
  if (n < 20) return `dix-${UNITS[n - 10]}`;
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  if (tens === 7) return n === 71 ? 'soixante et onze' : `soixante-${belowHundred(n - 60, false)}`;
  if (tens === 8) return unit === 0 ? (beforeMille ? 'quatre-vingt' : 'quatre-vingts') : `quatre-vingt-${UNITS[unit]}`;
  if (tens === 9) return `quatre-vingt-${belowHundred(n - 80, false)}`;
  if (unit === 0) return TENS[tens];
  if (unit === 1) return `${TENS[tens]} et un`;
  return `${TENS[tens]}-${UNITS[unit]}`;
}

/** 1–999 (0 gives ''). */
function belowThousand(n: number, beforeMille: boolean): string {
  if (n === 0) return '';
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return belowHundred(rest, beforeMille);
  const head = hundreds === 1 ? 'cent' : `${UNITS[hundreds]} cent${rest === 0 && !beforeMille ? 's' : ''}`;
  return rest === 0 ? head : `${head} ${belowHundred(rest, beforeMille)}`;
}

const SCALES: [number, string][] = [
  [1e12, 'billion'],
  [1e9, 'milliard'],
  [1e6, 'million'],
];

const MAX_AMOUNT_IN_WORDS = 1e15 - 1;

/** A whole number from 0 to 999 999 999 999 999 in French words. */
export function numberInWords(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value > MAX_AMOUNT_IN_WORDS) {
    throw new RangeError(
      `Montant en lettres : ${Number.isFinite(value) ? formatNumberFr(value) : 'ce montant'} n'est pas un nombre entier entre 0 et ${formatNumberFr(MAX_AMOUNT_IN_WORDS)}.`,
    );
  }
  if (value === 0) return UNITS[0];
  const parts: string[] = [];
  let rest = value;
  for (const [scale, noun] of SCALES) {
    const count = Math.floor(rest / scale);
    rest -= count * scale;
    if (count > 0) parts.push(`${belowThousand(count, false)} ${noun}${count > 1 ? 's' : ''}`);
  }
  const thousands = Math.floor(rest / 1000);
  rest -= thousands * 1000;
  if (thousands === 1) parts.push('mille');
  else if (thousands > 1) parts.push(`${belowThousand(thousands, true)} mille`);
  if (rest > 0) parts.push(belowThousand(rest, false));
  return parts.join(' ');
}

interface CurrencyWords {
  one: string;
  many: string;
  /** The currency starts with a vowel: « d'euros » after million. */
  elide: boolean;
  /** Subunit (one, many), or null for a currency without one (FCFA). */
  cents: [string, string] | null;
}

const CURRENCY_WORDS: Record<string, CurrencyWords> = {
  XOF: { one: 'franc CFA', many: 'francs CFA', elide: false, cents: null },
  EUR: { one: 'euro', many: 'euros', elide: true, cents: ['centime', 'centimes'] },
  USD: { one: 'dollar américain', many: 'dollars américains', elide: false, cents: ['cent', 'cents'] },
  XAF: { one: 'franc CFA (CEMAC)', many: 'francs CFA (CEMAC)', elide: false, cents: null },
  JPY: { one: 'yen', many: 'yens', elide: false, cents: null },
  GBP: { one: 'livre sterling', many: 'livres sterling', elide: false, cents: ['penny', 'pence'] },
};

/** The other declared currencies: their French name, hundredths in « centimes ». */
function wordsFor(currency: string): CurrencyWords {
  const code = normaliseCurrency(currency) ?? 'XOF';
  const known = CURRENCY_WORDS[code];
  if (known) return known;
  const info = CURRENCY_INFO[code];
  return { one: info.name, many: info.plural, elide: false, cents: ['centime', 'centimes'] };
}

function withUnit(n: number, words: string, unit: CurrencyWords): string {
  if (n === 0) return `${words} ${unit.one}`;
  if (n === 1) return `${words} ${unit.one}`;
  // « un million de francs », « deux milliards d'euros »: the amount ends with a noun.
  if (n >= 1e6 && n % 1e6 === 0) return `${words} ${unit.elide ? 'd’' : 'de '}${unit.many}`;
  return `${words} ${unit.many}`;
}

/**
 * An amount in words with its currency: 1500000 → « un million cinq cent mille francs CFA »,
 * 12.5 EUR → « douze euros et cinquante centimes ». FCFA has no subunit: amounts are rounded to the franc.
 */
export function amountInWords(amount: number, currency = 'XOF'): string {
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0)
    throw new RangeError(`Montant en lettres : ${Number.isFinite(amount) ? formatNumberFr(amount) : 'ce montant'} n'est pas un montant positif.`);
  const unit = wordsFor(currency);
  if (!unit.cents) {
    const n = Math.round(amount);
    return withUnit(n, numberInWords(n), unit);
  }
  const totalCents = Math.round(amount * 100);
  const whole = Math.floor(totalCents / 100);
  const cents = totalCents % 100;
  const head = withUnit(whole, numberInWords(whole), unit);
  if (cents === 0) return head;
  return `${head} et ${numberInWords(cents)} ${cents === 1 ? unit.cents[0] : unit.cents[1]}`;
}
