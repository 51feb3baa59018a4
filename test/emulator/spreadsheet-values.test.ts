/** SpreadsheetApp emulator: what cells store and return (getValues/setValues, typed-input rules, copies, speed). */
import { World } from '../../src/dev/emulator/core/world';
import { installSpreadsheetApp, _setDefaultSpreadsheetLocale } from '../../src/dev/emulator/spreadsheet';

let world: World;

beforeEach(() => {
  world = new World();
  Object.assign(globalThis, installSpreadsheetApp(world));
});

function newSheet(locale?: string): GoogleAppsScript.Spreadsheet.Sheet {
  if (locale) _setDefaultSpreadsheetLocale(world, locale);
  return SpreadsheetApp.create('Test').getSheets()[0];
}

describe('Range values', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
  // "Empty cells are represented by an empty string in the array."
  it('reports empty cells as "" and keeps numbers, booleans and dates typed', () => {
    const sheet = newSheet();
    const when = new Date(Date.UTC(2026, 2, 12, 10, 30));
    sheet.getRange(1, 1, 1, 3).setValues([[42.5, true, when]]);
    const values = sheet.getRange(1, 1, 2, 4).getValues();
    expect(values).toEqual([
      [42.5, true, when, ''],
      ['', '', '', ''],
    ]);
    expect(values[0][2]).toBeInstanceOf(Date);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#getValues() returns a new Object[][]
  it('returns fresh arrays and Date objects: mutating them never changes the sheet', () => {
    const sheet = newSheet();
    sheet.getRange('A1:B1').setValues([['a', new Date(Date.UTC(2026, 0, 1))]]);
    const v = sheet.getRange('A1:B1').getValues();
    v[0][0] = 'changed';
    (v[0][1] as Date).setUTCFullYear(1999);
    const again = sheet.getRange('A1:B1').getValues();
    expect(again[0][0]).toBe('a');
    expect((again[0][1] as Date).getUTCFullYear()).toBe(2026);
    expect(sheet.getRange('B1').getValue()).not.toBe(sheet.getRange('B1').getValue());
  });

  it('stores a copy of a written Date, not the caller’s object', () => {
    const sheet = newSheet();
    const d = new Date(Date.UTC(2026, 5, 1));
    sheet.getRange('A1').setValue(d);
    d.setUTCFullYear(2000);
    expect((sheet.getRange('A1').getValue() as Date).getUTCFullYear()).toBe(2026);
  });

  it('writes null and undefined as empty cells', () => {
    const sheet = newSheet();
    sheet.getRange('A1:C1').setValues([['x', null, undefined]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['x', '', '']]);
    expect(sheet.getLastColumn()).toBe(1);
  });
});

describe('strings are read as typed input', () => {
  // Security-relevant (design §7): https://support.google.com/docs/answer/46977 — a leading apostrophe
  // keeps the entry as text; the apostrophe itself is not part of the value.
  it('stores a string starting with an apostrophe as literal text without the apostrophe', () => {
    const sheet = newSheet();
    sheet.getRange('A1:C1').setValues([['\'=HYPERLINK("http://x")', "'+33 6", "'0042"]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['=HYPERLINK("http://x")', '+33 6', '0042']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['=HYPERLINK("http://x")', '+33 6', '0042']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
  });

  // Security-relevant: https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
  // "the value can be ... a formula"; a string starting with '=' becomes a formula. The emulator does not
  // evaluate formulas: getValues() of a formula cell is ''.
  it("makes a string starting with '=' a formula, which getFormulas returns and getValues reports as ''", () => {
    const sheet = newSheet();
    sheet.getRange('A1').setValue('=IMPORTXML("http://evil","//a")');
    expect(sheet.getRange('A1').getFormula()).toBe('=IMPORTXML("http://evil","//a")');
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getLastRow()).toBe(1);
  });

  // Observed Sheets behaviour (typing +A1 or -SUM(…) enters a formula); the reference does not say.
  it("makes '+' or '-' followed by a reference or function a formula, but keeps signed numbers numbers", () => {
    const sheet = newSheet('en_US');
    sheet.getRange('A1:D1').setValues([['+A2', '-SUM(B2:B3)', '-12.5', '+7']]);
    expect(sheet.getRange('A1:D1').getFormulas()).toEqual([['=+A2', '=-SUM(B2:B3)', '', '']]);
    expect(sheet.getRange('C1:D1').getValues()).toEqual([[-12.5, 7]]);
  });

  it('overwriting a formula cell with a value removes the formula', () => {
    const sheet = newSheet();
    sheet.getRange('A1').setFormula('=1+1');
    sheet.getRange('A1').setValue('plain');
    expect(sheet.getRange('A1').getFormula()).toBe('');
    expect(sheet.getRange('A1').getValue()).toBe('plain');
  });

  it('parses numeric strings with the locale’s separators (en_US: 1,234.5)', () => {
    const sheet = newSheet('en_US');
    sheet.getRange('A1:D1').setValues([['1,234.5', '007', '1 234', '12%']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[1234.5, 7, '1 234', 0.12]]);
  });

  it('parses numeric strings with the locale’s separators (fr_FR: 1 234,5 with a no-break space)', () => {
    const sheet = newSheet('fr_FR');
    sheet.getRange('A1:D1').setValues([['1\u00a0234,5', '3,25', '1,234.5', '-0,5']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[1234.5, 3.25, '1,234.5', -0.5]]);
  });

  it("reads 'TRUE'/'FALSE' (any case) as booleans", () => {
    const sheet = newSheet('en_US');
    sheet.getRange('A1:C1').setValues([['TRUE', 'false', 'Truee']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[true, false, 'Truee']]);
  });

  it('reads a typed date in the locale’s order, at midnight in the spreadsheet time zone', () => {
    const sheet = newSheet('fr_FR');
    sheet.getParent().setSpreadsheetTimeZone('Europe/Paris');
    sheet.getRange('A1').setValue('12/03/2026');
    const d = sheet.getRange('A1').getValue() as Date;
    expect(d.toISOString()).toBe('2026-03-11T23:00:00.000Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('12/03/2026');
  });

  // https://developers.google.com/sheets/api/guides/formats — '@' is the plain-text format.
  it("keeps strings as-is in a range formatted as plain text ('@')", () => {
    const sheet = newSheet('en_US');
    sheet.getRange('A1:C1').setNumberFormat('@');
    sheet.getRange('A1:C1').setValues([['007', '=1+1', 'TRUE']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['007', '=1+1', 'TRUE']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendRow(Object)
  it('appendRow writes after the last row with content and reads strings as typed input', () => {
    const sheet = newSheet('en_US');
    sheet.getRange('A1:B1').setValues([['Nom', 'Montant']]);
    sheet.appendRow(['=2*3', '1,500']);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getRange('A2').getFormula()).toBe('=2*3');
    expect(sheet.getRange('B2').getValue()).toBe(1500);
  });
});

describe('large sheets', () => {
  // Speed is measured by `npm run bench`, not asserted here (timed tests fail on busy machines).
  it('writes and reads back a 50,000 × 20 block, as one counted call each', () => {
    const sheet = newSheet();
    const rows = Array.from({ length: 50000 }, (_, r) =>
      Array.from({ length: 20 }, (_, c) => (c % 3 === 0 ? r * c : c % 3 === 1 ? `Partenaire ${r}` : new Date(Date.UTC(2026, 0, 1 + (r % 365))))),
    );
    sheet.insertRowsAfter(1000, 49000);
    sheet.getRange(1, 1, 50000, 20).setValues(rows);
    const back = sheet.getDataRange().getValues();
    expect(back.length).toBe(50000);
    expect(back[49999][1]).toBe('Partenaire 49999');
    expect(back[49999][2]).toEqual(rows[49999][2]);
    expect(world.log.count('Range.getValues')).toBe(1);
    expect(world.log.count('Range.setValues')).toBe(1);
  });
});
