/** SpreadsheetApp emulator: range addressing (A1, coordinates), geometry, and Google's error texts. */
import { World } from '../../src/dev/emulator/core/world';
import { installSpreadsheetApp } from '../../src/dev/emulator/spreadsheet';

let world: World;

beforeEach(() => {
  world = new World();
  Object.assign(globalThis, installSpreadsheetApp(world));
});

function sheet(): GoogleAppsScript.Spreadsheet.Sheet {
  return SpreadsheetApp.create('Test').getSheets()[0];
}

describe('setValues dimension checks', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
  // ("The size of the two-dimensional array must match the size of the range."); texts as Apps Script throws them.
  it('throws Google’s row-count message', () => {
    expect(() =>
      sheet()
        .getRange('A1:B3')
        .setValues([[1, 2]]),
    ).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.');
  });

  it('throws Google’s column-count message and writes nothing', () => {
    const s = sheet();
    expect(() => s.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(s.getLastRow()).toBe(0);
  });
});

describe('getRange by coordinates', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
  // Error texts as Apps Script throws them (quoted widely in Apps Script code and forums).
  it.each([
    [[0, 1], 'The starting row of the range is too small.'],
    [[1, 0], 'The starting column of the range is too small.'],
    [[2, 1, 0, 3], 'The number of rows in the range must be at least 1.'],
    [[1, 1, 1, 0], 'The number of columns in the range must be at least 1.'],
    [[1000, 1, 2, 1], 'The coordinates of the range are outside the dimensions of the sheet.'],
    [[1, 26, 1, 2], 'The coordinates of the range are outside the dimensions of the sheet.'],
  ] as [number[], string][])('getRange(%j) throws "%s"', (args, message) => {
    const s = sheet() as unknown as { getRange(...a: number[]): unknown };
    expect(() => s.getRange(...args)).toThrow(message);
  });

  it('writing past the last row throws instead of growing the sheet', () => {
    const s = sheet();
    s.getRange(1000, 1).setValue('last');
    expect(() => s.getRange(1000, 1, 2, 1).setValues([['a'], ['b']])).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(s.getMaxRows()).toBe(1000);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendRow(Object) — the sheet grows.
  it('appendRow on a full sheet adds a row', () => {
    const s = sheet();
    s.getRange(1000, 1).setValue('last');
    s.appendRow(['more']);
    expect(s.getMaxRows()).toBe(1001);
    expect(s.getRange(1001, 1).getValue()).toBe('more');
  });
});

describe('A1 notation', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getRange(String)
  it('resolves a quoted sheet name with spaces and an apostrophe', () => {
    const ss = SpreadsheetApp.create('Test');
    const p = ss.insertSheet("Partenaires d'Afrique");
    p.getRange('B2').setValue('ok');
    const r = ss.getRange("'Partenaires d''Afrique'!A1:C3");
    expect(r.getSheet().getName()).toBe("Partenaires d'Afrique");
    expect(r.getA1Notation()).toBe('A1:C3');
    expect(r.getValues()[1][1]).toBe('ok');
  });

  it('reads whole columns (A:B) and open-ended ranges (A2:B) up to the last sheet row', () => {
    const s = sheet();
    expect(s.getRange('A:B').getNumRows()).toBe(1000);
    const r = s.getRange('B2:C');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 2, 999, 2]);
    expect(s.getRange('3:4').getNumColumns()).toBe(26);
  });

  // Observed Apps Script behaviour: unknown sheets and malformed references raise "Range not found".
  it.each(["'Inconnue'!A1", 'A0', 'not a range', 'A1:B2:C3'])('getRange(%p) throws "Range not found"', (a1) => {
    const ss = SpreadsheetApp.create('Test');
    expect(() => ss.getRange(a1)).toThrow('Range not found');
  });

  it('Spreadsheet.getRange without a sheet name uses the active sheet', () => {
    const ss = SpreadsheetApp.create('Test');
    const second = ss.insertSheet('Second');
    second.getRange('A1').setValue('here');
    expect(ss.getRange('A1').getValue()).toBe('here');
  });
});

describe('range geometry', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#offset(Integer,Integer,Integer,Integer)
  it('offset, getCell, getLastRow/Column and getA1Notation agree', () => {
    const r = sheet().getRange('B2:D5');
    expect(r.getLastRow()).toBe(5);
    expect(r.getLastColumn()).toBe(4);
    expect(r.offset(1, 1).getA1Notation()).toBe('C3:E6');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(r.getCell(2, 3).getA1Notation()).toBe('D3');
    expect(
      r
        .getSheet()
        .getRange(1, 27 - 1)
        .getA1Notation(),
    ).toBe('Z1');
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getDataRange()
  it('getDataRange is A1 on an empty sheet and spans the last row and column with content', () => {
    const s = sheet();
    expect(s.getLastRow()).toBe(0);
    expect(s.getLastColumn()).toBe(0);
    expect(s.getDataRange().getA1Notation()).toBe('A1');
    s.getRange('C4').setValue(1);
    s.getRange('E2').setFormula('=C4');
    expect(s.getDataRange().getA1Notation()).toBe('A1:E4');
  });

  it('isBlank is false when a cell holds a value or a formula', () => {
    const s = sheet();
    expect(s.getRange('A1:B2').isBlank()).toBe(true);
    s.getRange('B2').setFormula('=1');
    expect(s.getRange('A1:B2').isBlank()).toBe(false);
  });

  it('counts a block read as one Range.getValues call', () => {
    const s = sheet();
    world.log.reset();
    s.getRange(1, 1, 500, 10).getValues();
    expect(world.log.snapshot()).toEqual({ 'Range.getValues': 1, 'Sheet.getRange': 1 });
  });
});

describe('the 10,000,000-cell limit', () => {
  // https://support.google.com/drive/answer/37603 (up to 10 million cells per spreadsheet); message as Apps Script throws it.
  it('refuses to grow the grid past 10,000,000 cells', () => {
    const s = sheet();
    expect(() => s.insertRowsAfter(1000, 400000)).toThrow('This action would increase the number of cells in the workbook above the limit of 10000000 cells.');
    expect(s.getMaxRows()).toBe(1000);
    s.insertRowsAfter(1000, 383000); // 384,000 × 26 = 9,984,000 cells
    expect(() => s.getParent().insertSheet('X')).toThrow('above the limit of 10000000 cells');
  });
});
