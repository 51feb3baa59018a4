/**
 * SpreadsheetApp emulator: range addressing (A1, coordinates), geometry, and Google's error texts.
 * Facts that real Google can confirm are fidelity checks (src/dev/fidelity/checks/), run on the emulator
 * by test/fidelity/checks.test.ts and on Google by `npm run fidelity:push` (one source for each fact).
 */
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

describe('A1 notation', () => {
  it('reads whole columns (A:B) and open-ended ranges (A2:B) up to the last sheet row', () => {
    const s = sheet();
    expect(s.getRange('A:B').getNumRows()).toBe(1000);
    const r = s.getRange('B2:C');
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 2, 999, 2]);
    expect(s.getRange('3:4').getNumColumns()).toBe(26);
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
