/**
 * Amounts and text lengths a user may type: a French message naming the column and the expected range
 * or maximum, never a RangeError or a raw value; huge numbers typed by hand still format.
 */
import { OPPORTUNITIES, PARTNERS } from '../../src/domain/schema/tables';
import { validateRecord } from '../../src/domain/records/validate';
import { formatMoney } from '../../src/domain/format/french';
import { userMessage } from '../../src/domain/errors/user-message';

const RAW = /\b(null|undefined|NaN|Infinity)\b|\[object Object\]|RangeError|e\+308/;

describe('amounts', () => {
  it.each([1e308, Infinity, -Infinity, NaN, -5, 1_000_000_000_001])('refuses %p with the column and the range', (amount) => {
    const { errors } = validateRecord(OPPORTUNITIES, { partnerId: 'PAR-0001', title: 'Appui', stage: 'Cible', amount }, null);
    expect(errors).toHaveLength(1);
    const message = userMessage(new Error(errors[0].message));
    expect(message).toContain('colonne « Montant demandé »');
    expect(message).toContain('un montant entre 0 et 1 000 000 000 000');
    expect(message).not.toMatch(RAW);
  });

  it('accepts the largest amount', () => {
    expect(validateRecord(OPPORTUNITIES, { partnerId: 'PAR-0001', title: 'Appui', stage: 'Cible', amount: 1e12 }, null).errors).toEqual([]);
  });

  it('formats any number typed by hand in a cell without throwing or showing a raw value', () => {
    expect(formatMoney(1_500_000)).toBe('1\u00a0500\u00a0000\u00a0FCFA');
    expect(formatMoney(1e21)).toBe(`1${'\u00a0000'.repeat(7)}\u00a0FCFA`);
    for (const v of [1e308, Infinity, NaN, -1e308]) expect(formatMoney(v)).not.toMatch(RAW);
  });
});

describe('text lengths', () => {
  it.each([
    ['name', 'Nom', 200],
    ['acronym', 'Sigle', 50],
    ['sectors', 'Secteurs', 500],
    ['notes', 'Notes', 100_000],
  ])('%s: at most the declared length, the message names the column and the maximum', (key, header, max) => {
    const ok = validateRecord(PARTNERS, { name: 'Tiwindi', type: 'OSC', [key]: 'a'.repeat(max) }, null);
    expect(ok.errors).toEqual([]);
    const { errors } = validateRecord(PARTNERS, { name: 'Tiwindi', type: 'OSC', [key]: 'a'.repeat(max + 1) }, null);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain(`colonne « ${header} »`);
    expect(errors[0].message).toContain(`de ${max.toLocaleString('fr-FR').replace(/\s/g, ' ')} caractères au plus`);
    // The message quotes the beginning of the text, not all of it.
    expect(errors[0].message.length).toBeLessThan(300);
  });

  it('refuses an object, an array or NaN where a text goes, without echoing it', () => {
    for (const v of [{}, [], NaN, { toString: () => 'x' }]) {
      const { errors } = validateRecord(PARTNERS, { name: v, type: 'OSC' }, null);
      expect(errors[0].message).toMatch(/^Partenaires, colonne « Nom » : « valeur non reconnue|nombre non valide » n'est pas valide/);
    }
  });
});
