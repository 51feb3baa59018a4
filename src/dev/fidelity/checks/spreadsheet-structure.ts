/** SpreadsheetApp: sheets, rows, ranges and data validation, with Google's error texts. */
import { check } from '../check';

const SS = 'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet';
const SHEET = 'https://developers.google.com/apps-script/reference/spreadsheet/sheet';
const DV = 'https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder';

export const spreadsheetStructureChecks = [
  check('Sheet names: a duplicate name (any case) is refused with Google’s text', `${SS}#insertSheet(String,Integer)`, (t) => {
    const ss = t.spreadsheet();
    const p = ss.insertSheet('Partenaires', 0);
    t.equal(p.getIndex(), 1, 'inserted first');
    t.equal(ss.getActiveSheet().getName(), 'Partenaires', 'the new sheet is active');
    t.throws(() => ss.insertSheet('Partenaires'), 'A sheet with the name "Partenaires" already exists. Please enter another name.', 'insertSheet');
    t.throws(() => ss.getSheets()[1].setName('partenaires'), 'A sheet with the name "partenaires" already exists. Please enter another name.', 'setName');
    t.equal(ss.getSheetByName('Inconnue'), null, 'getSheetByName of an unknown name');
  }),

  check('Sheets: the last sheet can be neither deleted nor hidden', `${SS}#deleteSheet(Sheet)`, (t) => {
    const ss = t.spreadsheet();
    const extra = ss.insertSheet('Extra');
    ss.deleteSheet(extra);
    t.equal(ss.getNumSheets(), 1);
    t.throws(() => ss.deleteSheet(ss.getSheets()[0]), "You can't remove all the sheets in a document.", 'delete');
    t.throws(() => ss.getSheets()[0].hideSheet(), "You can't hide all the sheets in a document.", 'hide');
  }),

  // Error texts as Apps Script throws them (quoted widely in Apps Script code and forums).
  check('Sheet.getRange: coordinates outside the sheet', `${SHEET}#getRange(Integer,Integer,Integer,Integer)`, (t) => {
    const s = t.spreadsheet().getSheets()[0];
    t.throws(() => s.getRange(0, 1), 'The starting row of the range is too small.');
    t.throws(() => s.getRange(1, 0), 'The starting column of the range is too small.');
    t.throws(() => s.getRange(2, 1, 0, 3), 'The number of rows in the range must be at least 1.');
    t.throws(() => s.getRange(1, 1, 1, 0), 'The number of columns in the range must be at least 1.');
    t.throws(() => s.getRange(1000, 1, 2, 1), 'The coordinates of the range are outside the dimensions of the sheet.');
    t.throws(() => s.getRange(1, 26, 1, 2), 'The coordinates of the range are outside the dimensions of the sheet.');
  }),

  // Observed: unknown sheets and malformed references raise "Range not found".
  check('A1 notation: quoted sheet names, and "Range not found"', `${SS}#getRange(String)`, (t) => {
    const ss = t.spreadsheet();
    ss.insertSheet("Partenaires d'Afrique").getRange('B2').setValue('ok');
    const r = ss.getRange("'Partenaires d''Afrique'!A1:C3");
    t.equal([r.getSheet().getName(), r.getA1Notation(), r.getValues()[1][1]], ["Partenaires d'Afrique", 'A1:C3', 'ok']);
    for (const a1 of ["'Inconnue'!A1", 'A0', 'not a range', 'A1:B2:C3']) t.throws(() => ss.getRange(a1), 'Range not found', a1);
  }),

  check('getLastRow, getLastColumn and getDataRange follow the content', `${SHEET}#getDataRange()`, (t) => {
    const s = t.spreadsheet().getSheets()[0];
    t.equal([s.getLastRow(), s.getLastColumn(), s.getDataRange().getA1Notation()], [0, 0, 'A1'], 'empty sheet');
    s.getRange('C4').setValue(1);
    s.getRange('E2').setFormula('=C4');
    t.equal([s.getLastRow(), s.getLastColumn(), s.getDataRange().getA1Notation()], [4, 5, 'A1:E4'], 'after C4 and a formula in E2');
  }),

  check('appendRow writes after the last row with content, reading strings as typed input', `${SHEET}#appendRow(Object)`, (t) => {
    const sheet = t.spreadsheet({ locale: 'en_US' }).getSheets()[0];
    sheet.getRange('A1:B1').setValues([['Nom', 'Montant']]);
    sheet.appendRow(['=2*3', '1,500']);
    t.equal(sheet.getLastRow(), 2);
    t.equal(sheet.getRange('A2').getFormula(), '=2*3');
    t.equal(sheet.getRange('B2').getValue(), 1500);
  }),

  check('appendRow grows a full sheet; setValues past the last row throws', `${SHEET}#appendRow(Object)`, (t) => {
    const s = t.spreadsheet({ rows: 3, columns: 2 }).getSheets()[0];
    s.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    t.throws(() => s.getRange(3, 1, 2, 1).setValues([['x'], ['y']]), 'The coordinates of the range are outside the dimensions of the sheet.');
    s.appendRow(['more']);
    t.equal([s.getMaxRows(), s.getRange(4, 1).getValue()], [4, 'more']);
  }),

  check('insertRowsAfter and insertRows shift data down and grow the grid', `${SHEET}#insertRowsAfter(Integer,Integer)`, (t) => {
    const s = t.spreadsheet({ rows: 10, columns: 2 }).getSheets()[0];
    s.getRange('A1:A4').setValues([['h1'], ['a'], ['b'], ['c']]);
    s.getRange('A3').setNote('note b');
    s.insertRowsAfter(1, 2);
    t.equal(
      s
        .getRange('A1:A6')
        .getValues()
        .map((r) => r[0]),
      ['h1', '', '', 'a', 'b', 'c'],
      'insertRowsAfter(1, 2)',
    );
    t.equal(s.getRange('A5').getNote(), 'note b', 'notes move with their row');
    s.insertRows(1);
    t.equal([s.getRange('A2').getValue(), s.getMaxRows(), s.getLastRow()], ['h1', 13, 7], 'insertRows(1)');
  }),

  check('deleteRows refuses rows outside the sheet and deleting every non-frozen row', `${SHEET}#deleteRows(Integer,Integer)`, (t) => {
    const s = t.spreadsheet({ rows: 3, columns: 2 }).getSheets()[0];
    s.setFrozenRows(1);
    t.throws(() => s.deleteRows(2, 2), 'Sorry, it is not possible to delete all non-frozen rows.');
    t.throws(() => s.deleteRows(3, 5), 'Those rows are out of bounds.');
    t.equal(s.getFrozenRows(), 1);
  }),

  check('Data validation: a list rule reads back from the cell', `${DV}#requireValueInList(String,Boolean)`, (t) => {
    const s = t.spreadsheet().getSheets()[0];
    const rule = SpreadsheetApp.newDataValidation().requireValueInList(['OSC', 'ONG'], true).setAllowInvalid(false).setHelpText('Type').build();
    s.getRange('C2:C10').setDataValidation(rule);
    const back = s.getRange('C5').getDataValidation()!;
    t.equal(String(back.getCriteriaType()), 'VALUE_IN_LIST', 'criteria type');
    t.equal(back.getCriteriaValues(), [['OSC', 'ONG'], true], 'criteria values');
    t.equal([back.getAllowInvalid(), back.getHelpText()], [false, 'Type'], 'allowInvalid, help text');
    t.equal(s.getRange('C11').getDataValidation(), null, 'outside the rule');
    t.equal(
      s
        .getRange('C1:C2')
        .getDataValidations()
        .map((r) => r[0] === null),
      [true, false],
      'getDataValidations',
    );
  }),

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation#getHelpText() — null when none.
  check('Data validation: a rule built without help text or strictness', `${DV}#requireValueInList(String)`, (t) => {
    const rule = SpreadsheetApp.newDataValidation().requireValueInList(['a']).build();
    t.equal([rule.getHelpText(), rule.getAllowInvalid(), rule.getCriteriaValues()], [null, true, [['a'], true]]);
  }),

  // Observed (message quoted in Apps Script projects): a strict rule refuses a write by a script.
  check('Data validation: a strict rule refuses an invalid write, leaving the row unchanged', `${DV}#setAllowInvalid(Boolean)`, (t) => {
    const s = t.spreadsheet().getSheets()[0];
    s.getRange('B1:B3').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['oui', 'non']).setAllowInvalid(false).build());
    s.getRange('B1').setValue('oui');
    t.throws(() => s.getRange('A2:B2').setValues([['x', 'peut-être']]), 'The data you entered in cell B2 violates the data validation rules set on this cell.');
    t.equal(s.getRange('A2').getValue(), '', 'nothing written in the row');
    s.getRange('B3').setValue('');
    t.equal(s.getRange('B1:B3').getValues(), [['oui'], [''], ['']], 'valid and empty writes pass');
  }),
];
