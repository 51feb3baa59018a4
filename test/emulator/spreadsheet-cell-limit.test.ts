/**
 * SpreadsheetApp emulator: the 50,000-character cap on one cell.
 * Limit: "A cell can contain up to 50,000 characters" (Google Sheets limits,
 * https://support.google.com/drive/answer/37603); the refusal, as Sheets words it: "Your input
 * contains more than the maximum of 50000 characters in a single cell." (quoted in Google Sheets
 * error lists such as https://integrately.com/integrations/google-sheets/error, and in
 * https://github.com/ONE-F-M/one_fm/pull/1926 "one cell cannot have value with length above 50,000").
 * Every write path refuses the whole call: nothing of it is written.
 */
import { World } from '../../src/dev/emulator/core/world';
import { installSpreadsheetApp } from '../../src/dev/emulator/spreadsheet';

const TOO_LONG = 'Your input contains more than the maximum of 50000 characters in a single cell.';
const LIMIT = 'x'.repeat(50_000);
const OVER = 'x'.repeat(50_001);

let world: World;
let s: GoogleAppsScript.Spreadsheet.Sheet;

beforeEach(() => {
  world = new World();
  Object.assign(globalThis, installSpreadsheetApp(world));
  s = SpreadsheetApp.create('Test').getSheets()[0];
});

describe('a cell holds up to 50,000 characters', () => {
  it('accepts exactly 50,000 characters and reads them back whole', () => {
    s.getRange('A1').setValue(LIMIT);
    expect(s.getRange('A1').getValue()).toBe(LIMIT);
  });

  it('setValues refuses a block with one cell over the limit and writes none of it', () => {
    expect(() =>
      s.getRange('A1:B2').setValues([
        ['court', 'aussi'],
        ['encore', OVER],
      ]),
    ).toThrow(TOO_LONG);
    expect(s.getLastRow()).toBe(0);
  });

  it('setValue refuses it', () => {
    expect(() => s.getRange('B3').setValue(OVER)).toThrow(TOO_LONG);
    expect(s.getRange('B3').getValue()).toBe('');
  });

  it('a leading apostrophe counts: the input, not the stored text, is measured', () => {
    expect(() => s.getRange('A1').setValue(`'${LIMIT}`)).toThrow(TOO_LONG);
  });

  it('setFormula and setFormulas refuse a formula over the limit', () => {
    const formula = `="${'x'.repeat(50_000)}"`;
    expect(() => s.getRange('A1').setFormula(formula)).toThrow(TOO_LONG);
    expect(() => s.getRange('A1:A2').setFormulas([['=1+1'], [formula]])).toThrow(TOO_LONG);
    expect(s.getRange('A1').getFormula()).toBe('');
  });

  it('appendRow refuses the row and the sheet does not grow', () => {
    const full = SpreadsheetApp.create('Plein').getSheets()[0];
    full.getRange(1000, 1).setValue('dernière');
    expect(() => full.appendRow(['ok', OVER])).toThrow(TOO_LONG);
    expect(full.getMaxRows()).toBe(1000);
    expect(full.getLastRow()).toBe(1000);
  });

  it('numbers, dates and booleans are not text: no limit applies', () => {
    s.getRange('A1:C1').setValues([[1e300, new Date(0), true]]);
    expect(s.getRange('A1').getValue()).toBe(1e300);
  });
});
