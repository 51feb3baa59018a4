/**
 * SpreadsheetApp emulator: what cells store and return (getValues/setValues, typed-input rules, copies, speed).
 * Facts that real Google can confirm are fidelity checks (src/dev/fidelity/checks/), run on the emulator
 * by test/fidelity/checks.test.ts and on Google by `npm run fidelity:push` (one source for each fact).
 */
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
  it('stores a copy of a written Date, not the caller’s object', () => {
    const sheet = newSheet();
    const d = new Date(Date.UTC(2026, 5, 1));
    sheet.getRange('A1').setValue(d);
    d.setUTCFullYear(2000);
    expect((sheet.getRange('A1').getValue() as Date).getUTCFullYear()).toBe(2026);
  });
});

describe('strings are read as typed input', () => {
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
