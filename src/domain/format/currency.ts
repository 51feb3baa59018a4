/** The currencies an organisation of the region meets, as ISO 4217 codes, and how people write them. */

/** Declared list (not all of ISO 4217): code → French name (singular, plural) and the sign shown after an amount. */
export const CURRENCY_INFO = {
  XOF: { name: 'franc CFA (UEMOA)', plural: 'francs CFA (UEMOA)', sign: 'FCFA' },
  XAF: { name: 'franc CFA (CEMAC)', plural: 'francs CFA (CEMAC)', sign: 'FCFA CEMAC' },
  EUR: { name: 'euro', plural: 'euros', sign: '€' },
  USD: { name: 'dollar américain', plural: 'dollars américains', sign: '$ US' },
  GBP: { name: 'livre sterling', plural: 'livres sterling', sign: '£' },
  CHF: { name: 'franc suisse', plural: 'francs suisses', sign: 'CHF' },
  CAD: { name: 'dollar canadien', plural: 'dollars canadiens', sign: '$ CA' },
  JPY: { name: 'yen', plural: 'yens', sign: '¥' },
  CNY: { name: 'yuan renminbi', plural: 'yuans renminbi', sign: 'CNY' },
  NGN: { name: 'naira', plural: 'nairas', sign: 'NGN' },
  GHS: { name: 'cedi', plural: 'cedis', sign: 'GHS' },
  MAD: { name: 'dirham marocain', plural: 'dirhams marocains', sign: 'MAD' },
  ZAR: { name: 'rand', plural: 'rands', sign: 'ZAR' },
  SEK: { name: 'couronne suédoise', plural: 'couronnes suédoises', sign: 'SEK' },
  NOK: { name: 'couronne norvégienne', plural: 'couronnes norvégiennes', sign: 'NOK' },
  DKK: { name: 'couronne danoise', plural: 'couronnes danoises', sign: 'DKK' },
  AED: { name: 'dirham des Émirats', plural: 'dirhams des Émirats', sign: 'AED' },
  SAR: { name: 'riyal saoudien', plural: 'riyals saoudiens', sign: 'SAR' },
} as const;

export type CurrencyCode = keyof typeof CURRENCY_INFO;
export const CURRENCY_CODES = Object.keys(CURRENCY_INFO) as CurrencyCode[];

/** Shown with a refusal: the spellings people use most. */
export const CURRENCY_EXAMPLES = 'FCFA, EUR, USD, GBP';

/**
 * Other ways of writing a currency, as `key` reads them (no case, accents, dots, spaces or plural s).
 * « FCFA » alone is XOF: this product serves the UEMOA (West Africa); the CEMAC franc (XAF) is
 * written « XAF » or « FCFA CEMAC ».
 */
const ALIASES: Readonly<Record<string, CurrencyCode>> = {
  fcfa: 'XOF',
  cfa: 'XOF',
  frcfa: 'XOF',
  franccfa: 'XOF',
  fcfacemac: 'XAF',
  franccfacemac: 'XAF',
  '€': 'EUR',
  euro: 'EUR',
  $: 'USD',
  us$: 'USD',
  $us: 'USD',
  dollar: 'USD',
  dollarus: 'USD',
  dollaramericain: 'USD',
  dollarcanadien: 'CAD',
  ca$: 'CAD',
  $ca: 'CAD',
  '£': 'GBP',
  livre: 'GBP',
  livresterling: 'GBP',
  sterling: 'GBP',
  francsuisse: 'CHF',
  yen: 'JPY',
  '¥': 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  yuanrenminbi: 'CNY',
  naira: 'NGN',
  cedi: 'GHS',
  rand: 'ZAR',
  dirhammarocain: 'MAD',
  riyalsaoudien: 'SAR',
};

/** « Francs  CFA » → « franccfa », « F.CFA » → « fcfa », « Livres sterling » → « livresterling ». */
function key(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w))
    .join('');
}

/** What a user typed as a currency (code, sign or French name) → its ISO code, or null if unknown. */
export function normaliseCurrency(text: string): CurrencyCode | null {
  const code = text.trim().toUpperCase();
  if (code in CURRENCY_INFO) return code as CurrencyCode;
  return ALIASES[key(text)] ?? null;
}

/** The sign shown after an amount (« FCFA », « € », « $ US »), or the text itself if unknown. */
export function currencySign(currency: string): string {
  const code = normaliseCurrency(currency);
  return code ? CURRENCY_INFO[code].sign : currency;
}
