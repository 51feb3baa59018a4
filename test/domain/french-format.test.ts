/** French dates and amounts as users read them in sheets, docs and the sidebar. */
import { formatDateFr, formatMoney, formatNumberFr, NBSP } from '../../src/domain/format/french';
import { isLocalDate, parseFrenchDate } from '../../src/domain/format/local-date';

const plain = (s: string) => s.split(NBSP).join(' ');

describe('formatDateFr', () => {
  it('writes the day, the French month name and the year', () => {
    expect(formatDateFr('2026-03-12')).toBe('12 mars 2026');
    expect(formatDateFr('2026-08-05')).toBe('5 août 2026');
    expect(formatDateFr('2025-12-31')).toBe('31 décembre 2025');
  });

  it('writes the first of the month as "1er"', () => {
    expect(formatDateFr('2026-02-01')).toBe('1er février 2026');
  });

  it('refuses a value that is not a calendar day', () => {
    expect(() => formatDateFr('12/03/2026')).toThrow('Date invalide');
  });
});

describe('formatMoney', () => {
  it('groups FCFA amounts by thousands with no-break spaces and no decimals', () => {
    expect(formatMoney(1500000)).toBe(`1${NBSP}500${NBSP}000${NBSP}FCFA`);
    expect(plain(formatMoney(1500000.4))).toBe('1 500 000 FCFA');
    expect(plain(formatMoney(999))).toBe('999 FCFA');
  });

  it('shows euros with two decimals after a comma', () => {
    expect(plain(formatMoney(12345.5, 'EUR'))).toBe('12 345,50 €');
  });

  it('keeps the sign of negative numbers', () => {
    expect(plain(formatNumberFr(-2500000))).toBe('-2 500 000');
  });
});

describe('parseFrenchDate', () => {
  it('reads day/month/year as French users type it', () => {
    expect(parseFrenchDate('12/03/2026')).toBe('2026-03-12');
    expect(parseFrenchDate('5-8-2026')).toBe('2026-08-05');
    expect(parseFrenchDate('2026-03-12')).toBe('2026-03-12');
  });

  it('rejects impossible dates rather than rolling them over', () => {
    expect(parseFrenchDate('31/02/2026')).toBeNull();
    expect(parseFrenchDate('29/02/2025')).toBeNull();
    expect(parseFrenchDate('29/02/2024')).toBe('2024-02-29');
    expect(isLocalDate('2026-13-01')).toBe(false);
  });
});
