/**
 * SpreadsheetApp emulator: spreadsheets and sheets (creation, opening, naming, structure, hiding, freezing).
 * Facts that real Google can confirm are fidelity checks (src/dev/fidelity/checks/), run on the emulator
 * by test/fidelity/checks.test.ts and on Google by `npm run fidelity:push` (one source for each fact).
 */
import { World } from '../../src/dev/emulator/core/world';
import { installSpreadsheetApp, _createActiveSpreadsheet, _setDefaultSpreadsheetLocale, _toasts } from '../../src/dev/emulator/spreadsheet';
import { _uiState } from '../../src/dev/emulator/ui';

let world: World;

beforeEach(() => {
  world = new World({ locale: 'fr_FR' });
  Object.assign(globalThis, installSpreadsheetApp(world));
});

describe('creating and opening', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#create(String)
  // One sheet of 1000 × 26. Its name follows the creator's language (a Japanese account gets 'シート1',
  // per a Sheets API create response published by autoro.io): 'Sheet1' in English, 'Feuille 1' in French.
  it('a new spreadsheet has exactly one 1000 × 26 sheet named for the locale', () => {
    const fr = SpreadsheetApp.create('Pacte');
    expect(fr.getSheets().map((s) => s.getName())).toEqual(['Feuille 1']);
    expect(fr.getSpreadsheetLocale()).toBe('fr_FR');
    _setDefaultSpreadsheetLocale(world, 'en_US');
    const en = SpreadsheetApp.create('Pacte');
    const [sheet] = en.getSheets();
    expect(en.getNumSheets()).toBe(1);
    expect([sheet.getName(), sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getSheetId()]).toEqual(['Sheet1', 1000, 26, 0]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#create(String,Integer,Integer)
  it('create(name, rows, columns) sizes the first sheet and uses the script time zone', () => {
    world.timeZone = 'Europe/Paris';
    const ss = SpreadsheetApp.create('Petit', 10, 3);
    expect([ss.getSheets()[0].getMaxRows(), ss.getSheets()[0].getMaxColumns()]).toEqual([10, 3]);
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Paris');
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)
  it('opens by id and by URL the same Drive file, and the views share data', () => {
    const ss = SpreadsheetApp.create('Pacte');
    ss.getSheets()[0].getRange('A1').setValue('partagé');
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    expect(SpreadsheetApp.openById(ss.getId()).getRange('A1').getValue()).toBe('partagé');
    expect(SpreadsheetApp.openByUrl(ss.getUrl()).getName()).toBe('Pacte');
    expect(world.drive.get(ss.getId())!.mimeType).toBe('application/vnd.google-apps.spreadsheet');
  });

  // Messages as Apps Script throws them for an unknown id and for a file the user cannot open.
  it('refuses unknown ids and files the user has no access to', () => {
    expect(() => SpreadsheetApp.openById('nope')).toThrow('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    const ss = SpreadsheetApp.create('Privé');
    world.run(() => expect(() => SpreadsheetApp.openById(ss.getId())).toThrow('You do not have permission to access the requested document.'), {
      user: 'stranger@example.org',
    });
    world.drive.get(ss.getId())!.editors.push('staff@ajcad-mali.org');
    world.run(() => expect(SpreadsheetApp.openById(ss.getId()).getName()).toBe('Privé'), { user: 'staff@ajcad-mali.org' });
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveSpreadsheet()
  it('getActive is null until a spreadsheet is active; _createActiveSpreadsheet makes one', () => {
    expect(SpreadsheetApp.getActive()).toBeNull();
    expect(SpreadsheetApp.getActiveSheet()).toBeNull();
    const ss = _createActiveSpreadsheet(world, 'Pacte — AJCAD');
    expect(SpreadsheetApp.getActiveSpreadsheet()!.getId()).toBe(ss.getId());
    expect(SpreadsheetApp.getActiveSheet()!.getName()).toBe('Feuille 1');
  });

  it('rename changes the Drive name; copy() makes an independent file', () => {
    const ss = SpreadsheetApp.create('A');
    ss.getSheets()[0].getRange('A1').setValue(1);
    ss.rename('B');
    expect(world.drive.get(ss.getId())!.name).toBe('B');
    const copy = ss.copy('C');
    copy.getSheets()[0].getRange('A1').setValue(2);
    expect(ss.getSheets()[0].getRange('A1').getValue()).toBe(1);
    expect(copy.getName()).toBe('C');
  });

  it('toast is recorded for tests, with the Ui’s other messages', () => {
    const ss = SpreadsheetApp.create('T');
    ss.toast('Enregistré', 'Pacte', 3);
    expect(_toasts(world)).toEqual([{ spreadsheetId: ss.getId(), msg: 'Enregistré', title: 'Pacte', timeoutSeconds: 3 }]);
    expect(_uiState(world).toasts).toEqual([{ message: 'Enregistré', title: 'Pacte', timeoutSeconds: 3 }]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getUi()
  it('getUi returns the world’s Ui', () => {
    _createActiveSpreadsheet(world, 'Pacte');
    SpreadsheetApp.getUi().createMenu('Pacte').addItem('Ouvrir', 'openSidebar').addToUi();
    expect(_uiState(world).menus.map((m) => m.caption)).toEqual(['Pacte']);
  });
});

describe('sheets', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer)
  it('insertSheet places the sheet, activates it, and refuses a duplicate name with Google’s text', () => {
    const ss = SpreadsheetApp.create('Pacte');
    const p = ss.insertSheet('Partenaires', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Partenaires', 'Feuille 1']);
    expect(ss.insertSheet().getName()).toBe('Feuille 3');
    expect(ss.getSheetById(p.getSheetId())!.getName()).toBe('Partenaires');
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#moveActiveSheet(Integer)
  it('moveActiveSheet moves the active sheet to a 1-based position; getNumSheets() is the last', () => {
    const ss = SpreadsheetApp.create('Pacte');
    ss.insertSheet('Partenaires');
    const responses = ss.insertSheet('Réponses', 0);
    ss.setActiveSheet(responses);
    ss.moveActiveSheet(ss.getNumSheets());
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Feuille 1', 'Partenaires', 'Réponses']);
    expect(responses.getIndex()).toBe(3);
    expect(() => ss.moveActiveSheet(4)).toThrow();
  });

  it('insertSheet with a template copies the template’s content', () => {
    const ss = SpreadsheetApp.create('Pacte');
    const model = ss.insertSheet('Modèle');
    model.getRange('A1:B1').setValues([['ID', 'Nom']]);
    model.setFrozenRows(1);
    const copy = ss.insertSheet('Copie', { template: model });
    expect(copy.getRange('A1:B1').getValues()).toEqual([['ID', 'Nom']]);
    expect(copy.getFrozenRows()).toBe(1);
    expect(copy.getSheetId()).not.toBe(model.getSheetId());
  });

  it('setActiveSheet and activate change the active sheet', () => {
    const ss = _createActiveSpreadsheet(world, 'Pacte');
    const b = ss.insertSheet('B');
    SpreadsheetApp.setActiveSheet(ss.getSheets()[0]);
    expect(ss.getActiveSheet().getName()).toBe('Feuille 1');
    b.activate();
    expect(SpreadsheetApp.getActiveSheet()!.getName()).toBe('B');
  });

  it('hides and shows sheets, but not the last visible one', () => {
    const ss = SpreadsheetApp.create('Pacte');
    const b = ss.insertSheet('Paramètres');
    b.hideSheet();
    expect(b.isSheetHidden()).toBe(true);
    b.showSheet();
    expect(b.isSheetHidden()).toBe(false);
  });

  it('getRangeByName returns a named range, or null', () => {
    const ss = SpreadsheetApp.create('Pacte');
    ss.setNamedRange('Types', ss.getSheets()[0].getRange('A1:A5'));
    expect(ss.getRangeByName('Types')!.getA1Notation()).toBe('A1:A5');
    expect(ss.getRangeByName('Autre')).toBeNull();
  });
});

describe('sheet structure', () => {
  function filled(): GoogleAppsScript.Spreadsheet.Sheet {
    const s = SpreadsheetApp.create('S').getSheets()[0];
    s.getRange('A1:B4').setValues([
      ['h1', 'h2'],
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    s.getRange('A3').setNote('note b').setBackground('#ff0000');
    return s;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer)
  it('deleteRows shifts data, notes and styles up and shrinks the grid', () => {
    const s = filled();
    s.deleteRows(2, 1);
    expect(s.getRange('A1:B3').getValues()).toEqual([
      ['h1', 'h2'],
      ['b', 2],
      ['c', 3],
    ]);
    expect(s.getRange('A2').getNote()).toBe('note b');
    expect(s.getRange('A2').getBackground()).toBe('#ff0000');
    expect(s.getMaxRows()).toBe(999);
    s.deleteRow(3);
    expect(s.getLastRow()).toBe(2);
  });

  it('inserts and deletes columns, shifting data sideways', () => {
    const s = filled();
    s.insertColumnsAfter(1, 1);
    expect(s.getRange('A2:C2').getValues()).toEqual([['a', '', 1]]);
    expect(s.getMaxColumns()).toBe(27);
    s.deleteColumn(2);
    expect(s.getRange('A2:B2').getValues()).toEqual([['a', 1]]);
  });

  it('freezes columns and hides/shows columns', () => {
    const s = filled();
    s.setFrozenColumns(2);
    expect(s.getFrozenColumns()).toBe(2);
    s.hideColumns(2, 2);
    expect([1, 2, 3, 4].map((c) => s.isColumnHiddenByUser(c))).toEqual([false, true, true, false]);
    s.showColumns(3);
    expect(s.isColumnHiddenByUser(3)).toBe(false);
  });

  it('clear empties contents and formats; clearContents keeps formats', () => {
    const s = filled();
    s.getRange('B2').setNumberFormat('0.00');
    s.clearContents();
    expect(s.getLastRow()).toBe(0);
    expect(s.getRange('B2').getNumberFormat()).toBe('0.00');
    s.clear();
    expect(s.getRange('B2').getNumberFormat()).toBe('General');
  });

  it('records column widths, tab colour and styles', () => {
    const s = filled();
    s.setColumnWidth(1, 240);
    expect(s.getColumnWidth(1)).toBe(240);
    expect(s.getColumnWidth(2)).toBe(100);
    s.autoResizeColumns(2, 1);
    expect(s.getColumnWidth(2)).not.toBe(100);
    s.setTabColor('#1155cc');
    expect(s.getTabColor()).toBe('#1155cc');
    s.getRange('A1:B1').setFontWeight('bold').setWrap(true).setHorizontalAlignment('center');
    expect(s.getRange('A1:C1').getFontWeights()).toEqual([['bold', 'bold', 'normal']]);
    expect(s.getRange('A1').getWrap()).toBe(true);
    expect(s.getRange('B1').getHorizontalAlignment()).toBe('center');
    s.getRange('A1:B1').setBackgrounds([['#eeeeee', null]]);
    expect(s.getRange('A1:B1').getBackgrounds()).toEqual([['#eeeeee', '#ffffff']]);
  });
});
