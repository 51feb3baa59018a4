/** Nothing a partner or user types may turn into a formula or change type when written to a sheet. */
import { escapeForSheet, Formula } from '../../src/domain/format/sheet-text';

describe('escapeForSheet', () => {
  it.each(['=HYPERLINK("http://x","clic")', '+1', '-5+3', '@SUM(A1)', '\t=1', '\r=1', "'déjà cité"])('protects %j with a leading apostrophe', (text) => {
    expect(escapeForSheet(text)).toBe(`'${text}`);
  });

  it.each([
    '007',
    '1,5',
    '1 500 000',
    '12/03/2026',
    '12/03/2026 10:30',
    'VRAI',
    'false',
    '50%',
    '1e5',
    '2E-3',
    '12:30',
    '1/2',
    '$100',
    '1 500,00 €',
    '2026',
    '2026-03-12T09:00:00',
  ])('keeps %j as text instead of a number, date or boolean', (text) => {
    expect(escapeForSheet(text)).toBe(`'${text}`);
  });

  it('leaves ordinary text, numbers, booleans and dates untouched', () => {
    expect(escapeForSheet('Association des Jeunes')).toBe('Association des Jeunes');
    expect(escapeForSheet('Axe 2 — 3 régions')).toBe('Axe 2 — 3 régions');
    expect(escapeForSheet('Rendez-vous le 12/03 à Ségou')).toBe('Rendez-vous le 12/03 à Ségou');
    expect(escapeForSheet('Epée')).toBe('Epée');
    expect(escapeForSheet(42)).toBe(42);
    expect(escapeForSheet(true)).toBe(true);
    const d = new Date();
    expect(escapeForSheet(d)).toBe(d);
  });

  it('accepts only real formulas as deliberate formulas', () => {
    expect(new Formula('=SUM(A1:A3)').text).toBe('=SUM(A1:A3)');
    expect(() => new Formula('SUM(A1)')).toThrow('Une formule commence par « = »');
  });
});
