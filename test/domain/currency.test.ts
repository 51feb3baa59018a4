/** Currencies as people write them, read into ISO codes; conversion to FCFA at the fixed parity or the dated rate. */
import { CURRENCY_CODES, normaliseCurrency } from '../../src/domain/format/currency';
import { EUR_TO_XOF, rateOn, toXof } from '../../src/domain/format/xof';
import { formatMoney } from '../../src/domain/format/french';
import { amountInWords } from '../../src/domain/format/amount-in-words';
import { findDateIn } from '../../src/domain/format/date-in-text';
import { normaliseValue } from '../../src/domain/records/normalise';
import { validateRecord } from '../../src/domain/records/validate';
import { fieldByKey } from '../../src/domain/schema/field';
import { OPPORTUNITIES } from '../../src/domain/schema/tables';
import { commitmentBoard } from '../../src/domain/commitments/board';

const plain = (s: string): string => s.replace(/\u00a0/g, ' ');

describe('normaliseCurrency', () => {
  it.each([
    ['XOF', 'XOF'],
    ['xof', 'XOF'],
    ['FCFA', 'XOF'],
    ['fcfa', 'XOF'],
    ['F CFA', 'XOF'],
    ['F.CFA', 'XOF'],
    ['  f. cfa ', 'XOF'],
    ['franc CFA', 'XOF'],
    ['Francs CFA', 'XOF'],
    ['XAF', 'XAF'],
    ['FCFA CEMAC', 'XAF'],
    ['€', 'EUR'],
    ['EUR', 'EUR'],
    ['euro', 'EUR'],
    ['Euros', 'EUR'],
    ['$', 'USD'],
    ['dollar', 'USD'],
    ['Dollars', 'USD'],
    ['US$', 'USD'],
    ['$ US', 'USD'],
    ['dollars américains', 'USD'],
    ['£', 'GBP'],
    ['livre sterling', 'GBP'],
    ['Livres Sterling', 'GBP'],
    ['CHF', 'CHF'],
    ['franc suisse', 'CHF'],
    ['francs suisses', 'CHF'],
    ['yen', 'JPY'],
    ['Yens', 'JPY'],
    ['cad', 'CAD'],
    ['dollar canadien', 'CAD'],
    ['naira', 'NGN'],
    ['ghs', 'GHS'],
  ])('reads « %s » as %s', (typed, code) => {
    expect(normaliseCurrency(typed)).toBe(code);
  });

  it('knows the currencies of the region and the donors, and nothing else', () => {
    for (const c of ['XOF', 'XAF', 'EUR', 'USD', 'GBP', 'CHF', 'CAD', 'JPY', 'CNY', 'NGN', 'GHS', 'MAD', 'ZAR', 'SEK', 'NOK', 'DKK', 'AED', 'SAR'])
      expect(CURRENCY_CODES).toContain(c);
    for (const typed of ['XYZ', 'franc', 'Florin', '', 'CFA franc belge', 'livres tournois']) expect(normaliseCurrency(typed)).toBeNull();
  });
});

describe('the Devise field', () => {
  const devise = fieldByKey(OPPORTUNITIES, 'currency');

  it('stores the ISO code of what was typed', () => {
    expect(normaliseValue(devise, 'F CFA')).toEqual({ ok: true, value: 'XOF' });
    expect(normaliseValue(devise, 'livres sterling')).toEqual({ ok: true, value: 'GBP' });
    expect(normaliseValue(devise, '')).toEqual({ ok: true, value: '' });
  });

  it('refuses an unknown currency, saying so with examples', () => {
    const { errors } = validateRecord(OPPORTUNITIES, { currency: 'XYZ' }, 4, { partial: true });
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringContaining("Devise » : « XYZ » n'est pas une devise reconnue ; exemples : FCFA, EUR, USD, GBP."),
    ]);
  });
});

describe('conversion to FCFA', () => {
  const rates = {
    USD: [
      { from: '2026-01-01', rate: 610 },
      { from: '2026-03-01', rate: 600 },
    ],
    GBP: [{ from: '2026-02-15', rate: 760 }],
  } as const;

  it('keeps the fixed EUR parity and XAF at par with XOF, whatever the date', () => {
    expect(toXof(1000, 'EUR', rates, '2020-01-01')).toBe(Math.round(1000 * EUR_TO_XOF));
    expect(toXof(1000, '€')).toBe(655_957);
    expect(toXof(1_500_000, 'FCFA')).toBe(1_500_000);
    expect(toXof(1_500_000, 'XAF', {}, '2026-03-01')).toBe(1_500_000);
  });

  it('uses the latest rate on or before the date', () => {
    expect(toXof(100, 'USD', rates, '2026-02-28')).toBe(61_000);
    expect(toXof(100, 'USD', rates, '2026-03-01')).toBe(60_000);
    expect(toXof(100, 'dollars', rates, '2026-12-31')).toBe(60_000);
    expect(toXof(100, 'GBP', rates, '2026-02-15')).toBe(76_000);
  });

  it('has no amount before the first rate, nor without a rate (never 0)', () => {
    expect(toXof(100, 'USD', rates, '2025-12-31')).toBeNull();
    expect(toXof(100, 'GBP', rates, '2026-02-14')).toBeNull();
    expect(toXof(100, 'CHF', rates, '2026-06-01')).toBeNull();
  });

  it('reads an undated rate as in force at any date, and a single number as before', () => {
    expect(rateOn({ USD: [{ from: '', rate: 605 }] }, 'USD', '2000-01-01')).toBe(605);
    expect(
      rateOn(
        {
          USD: [
            { from: '', rate: 605 },
            { from: '2026-03-01', rate: 600 },
          ],
        },
        'USD',
        '2026-02-01',
      ),
    ).toBe(605);
    expect(toXof(500, 'USD', { USD: 600 })).toBe(300_000);
  });

  it('finds the date of a rate in a comment of Paramètres', () => {
    expect(findDateIn('taux du 1er mars 2026')).toBe('2026-03-01');
    expect(findDateIn('BCEAO, 15 février 2026')).toBe('2026-02-15');
    expect(findDateIn('au 05/01/2026')).toBe('2026-01-05');
    expect(findDateIn('2026-04-30')).toBe('2026-04-30');
    expect(findDateIn('taux indicatif')).toBeNull();
    expect(findDateIn('31 février 2026')).toBeNull();
  });
});

describe('amounts shown in their currency', () => {
  it('writes FCFA for XOF and the French sign of the others', () => {
    expect(plain(formatMoney(1_500_000, 'XOF'))).toBe('1 500 000 FCFA');
    expect(plain(formatMoney(1_500_000, 'FCFA'))).toBe('1 500 000 FCFA');
    expect(plain(formatMoney(12_345.5, 'EUR'))).toBe('12 345,50 €');
    expect(plain(formatMoney(85_000, 'USD'))).toBe('85 000,00 $ US');
    expect(plain(formatMoney(300, 'GBP'))).toBe('300,00 £');
    expect(plain(formatMoney(1200.5, 'CHF'))).toBe('1 200,50 CHF');
    expect(plain(formatMoney(250_000, 'JPY'))).toBe('250 000 ¥');
  });

  it('writes the amount in words in the convention currency', () => {
    expect(amountInWords(2, 'GBP')).toBe('deux livres sterling');
    expect(amountInWords(1000, 'CHF')).toBe('mille francs suisses');
    expect(amountInWords(2, 'SEK')).toBe('deux couronnes suédoises');
  });
});

describe('the commitment board', () => {
  it('converts at the rate of the due date, and says a rate is missing instead of 0', () => {
    const rows = [
      { conventionId: 'CONV-0001', kind: 'Versement', label: 'Tranche 1', due: '2026-02-01', amount: 1000, currency: 'GBP' },
      { conventionId: 'CONV-0001', kind: 'Versement', label: 'Tranche 0', due: '2025-12-01', amount: 1000, currency: 'GBP' },
    ];
    const { values } = commitmentBoard(rows, new Map(), '2026-03-12', { GBP: [{ from: '2026-01-01', rate: 760 }] });
    const amount = values[0].indexOf('Montant (FCFA)');
    const byLabel = (label: string) => values.find((v) => v.includes(label))![amount];
    expect(byLabel('Tranche 1')).toBe(760_000);
    expect(plain(String(byLabel('Tranche 0')))).toBe('1 000,00 £ (taux à saisir dans Paramètres)');
  });
});
