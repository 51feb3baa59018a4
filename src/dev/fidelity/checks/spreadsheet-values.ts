/** SpreadsheetApp: what cells store and return, and how strings are read as typed input. */
import { check } from '../check';

const RANGE = 'https://developers.google.com/apps-script/reference/spreadsheet/range';
const SHEET = 'https://developers.google.com/apps-script/reference/spreadsheet/sheet';

export const spreadsheetValueChecks = [
  // "Empty cells are represented by an empty string in the array."
  check('Range.getValues: typed values, empty cells as ""', `${RANGE}#getValues()`, (t) => {
    const sheet = t.spreadsheet().getSheets()[0];
    const when = new Date(Date.UTC(2026, 2, 12, 10, 30));
    sheet.getRange(1, 1, 1, 3).setValues([[42.5, true, when]]);
    const values = sheet.getRange(1, 1, 2, 4).getValues();
    t.equal(values, [
      [42.5, true, when, ''],
      ['', '', '', ''],
    ]);
    t.ok(values[0][2] instanceof Date, 'a date cell reads as a Date');
  }),

  check('Range.getValues returns fresh arrays and Dates', `${RANGE}#getValues()`, (t) => {
    const sheet = t.spreadsheet().getSheets()[0];
    sheet.getRange('A1:B1').setValues([['a', new Date(Date.UTC(2026, 0, 1))]]);
    const v = sheet.getRange('A1:B1').getValues();
    v[0][0] = 'changed';
    (v[0][1] as Date).setUTCFullYear(1999);
    const again = sheet.getRange('A1:B1').getValues();
    t.equal(again[0][0], 'a', 'mutating the array leaves the cell');
    t.equal((again[0][1] as Date).getUTCFullYear(), 2026, 'mutating the Date leaves the cell');
  }),

  check('Range.setValues: null and undefined write empty cells', `${RANGE}#setValues(Object)`, (t) => {
    const sheet = t.spreadsheet().getSheets()[0];
    sheet.getRange('A1:C1').setValues([['x', null, undefined]]);
    t.equal(sheet.getRange('A1:C1').getValues(), [['x', '', '']]);
    t.equal(sheet.getLastColumn(), 1);
  }),

  // "The size of the two-dimensional array must match the size of the range."
  check('Range.setValues: wrong number of rows', `${RANGE}#setValues(Object)`, (t) => {
    const sheet = t.spreadsheet().getSheets()[0];
    t.throws(
      () => sheet.getRange('A1:B3').setValues([[1, 2]]),
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
  }),

  check('Range.setValues: wrong number of columns writes nothing', `${RANGE}#setValues(Object)`, (t) => {
    const sheet = t.spreadsheet().getSheets()[0];
    t.throws(
      () => sheet.getRange('A1:B2').setValues([[1, 2], [3]]),
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    t.equal(sheet.getLastRow(), 0, 'nothing written');
  }),

  // -1 for "up to the last row / column with content" is what Pacte's SheetTable.open relies on.
  check(
    'Sheet.getSheetValues(1, 1, -1, -1) reads up to the last row and column with content',
    `${SHEET}#getSheetValues(Integer,Integer,Integer,Integer)`,
    (t) => {
      const sheet = t.spreadsheet().getSheets()[0];
      sheet.getRange('A1:C1').setValues([['ID', 'Nom', 'Type']]);
      sheet.getRange('B3').setValues([['AJCAD']]);
      t.equal(sheet.getSheetValues(1, 1, -1, -1), [
        ['ID', 'Nom', 'Type'],
        ['', '', ''],
        ['', 'AJCAD', ''],
      ]);
      t.equal(sheet.getSheetValues(2, 2, -1, 1), [[''], ['AJCAD']], 'from row 2, column B');
    },
  ),

  // https://support.google.com/docs/answer/46977 — a leading apostrophe keeps the entry as text.
  check('Typed input: a leading apostrophe keeps text, without the apostrophe', `${RANGE}#setValues(Object)`, (t) => {
    const sheet = t.spreadsheet().getSheets()[0];
    sheet.getRange('A1:C1').setValues([['\'=HYPERLINK("http://x")', "'+33 6", "'0042"]]);
    t.equal(sheet.getRange('A1:C1').getValues(), [['=HYPERLINK("http://x")', '+33 6', '0042']], 'values');
    t.equal(sheet.getRange('A1:C1').getDisplayValues(), [['=HYPERLINK("http://x")', '+33 6', '0042']], 'display values');
    t.equal(sheet.getRange('A1:C1').getFormulas(), [['', '', '']], 'no formula');
  }),

  // "the value can be … a formula": a string starting with '=' becomes one (its value is not compared:
  // the emulator does not evaluate formulas).
  check("Typed input: a string starting with '=' is a formula; a value overwrites it", `${RANGE}#setValue(Object)`, (t) => {
    const sheet = t.spreadsheet().getSheets()[0];
    sheet.getRange('A1').setValue('=1+1');
    t.equal(sheet.getRange('A1').getFormula(), '=1+1');
    t.equal(sheet.getLastRow(), 1, 'a formula cell counts as content');
    sheet.getRange('A1').setValue('plain');
    t.equal([sheet.getRange('A1').getFormula(), sheet.getRange('A1').getValue()], ['', 'plain'], 'overwritten');
  }),

  // Observed in Sheets (typing +A1 or -SUM(…) enters a formula); the reference is silent.
  check("Typed input: '+'/'-' before a reference is a formula, a signed number stays a number", `${RANGE}#setValues(Object)`, (t) => {
    const sheet = t.spreadsheet({ locale: 'en_US' }).getSheets()[0];
    sheet.getRange('A1:D1').setValues([['+A2', '-SUM(B2:B3)', '-12.5', '+7']]);
    t.equal(sheet.getRange('A1:D1').getFormulas(), [['=+A2', '=-SUM(B2:B3)', '', '']], 'formulas');
    t.equal(sheet.getRange('C1:D1').getValues(), [[-12.5, 7]], 'numbers');
  }),

  check('Typed input: numbers with en_US separators', `${RANGE}#setValues(Object)`, (t) => {
    const sheet = t.spreadsheet({ locale: 'en_US' }).getSheets()[0];
    sheet.getRange('A1:D1').setValues([['1,234.5', '007', '1 234', '12%']]);
    t.equal(sheet.getRange('A1:D1').getValues(), [[1234.5, 7, '1 234', 0.12]]);
  }),

  check('Typed input: numbers with fr_FR separators (no-break space, comma)', `${RANGE}#setValues(Object)`, (t) => {
    const sheet = t.spreadsheet({ locale: 'fr_FR' }).getSheets()[0];
    sheet.getRange('A1:D1').setValues([['1\u00a0234,5', '3,25', '1,234.5', '-0,5']]);
    t.equal(sheet.getRange('A1:D1').getValues(), [[1234.5, 3.25, '1,234.5', -0.5]]);
  }),

  check("Typed input: 'TRUE'/'false' are booleans", `${RANGE}#setValues(Object)`, (t) => {
    const sheet = t.spreadsheet({ locale: 'en_US' }).getSheets()[0];
    sheet.getRange('A1:C1').setValues([['TRUE', 'false', 'Truee']]);
    t.equal(sheet.getRange('A1:C1').getValues(), [[true, false, 'Truee']]);
  }),

  check('Typed input: a date in the locale’s order, at midnight in the spreadsheet time zone', `${RANGE}#setValue(Object)`, (t) => {
    const sheet = t.spreadsheet({ locale: 'fr_FR', timeZone: 'Europe/Paris' }).getSheets()[0];
    sheet.getRange('A1').setValue('12/03/2026');
    t.equal(sheet.getRange('A1').getValue(), new Date('2026-03-11T23:00:00.000Z'), 'value');
    t.equal(sheet.getRange('A1').getDisplayValue(), '12/03/2026', 'display value');
  }),

  // https://developers.google.com/sheets/api/guides/formats — '@' is the plain-text format.
  check("Typed input: a range formatted as plain text ('@') keeps strings", `${RANGE}#setNumberFormat(String)`, (t) => {
    const sheet = t.spreadsheet({ locale: 'en_US' }).getSheets()[0];
    sheet.getRange('A1:C1').setNumberFormat('@');
    sheet.getRange('A1:C1').setValues([['007', '=1+1', 'TRUE']]);
    t.equal(sheet.getRange('A1:C1').getValues(), [['007', '=1+1', 'TRUE']], 'values');
    t.equal(sheet.getRange('A1:C1').getFormulas(), [['', '', '']], 'no formula');
  }),
];
