/**
 * The workbook reads well as a spreadsheet: « Initialiser » leaves no empty default sheet behind,
 * and each campaign's response sheet is named after it and placed after Pacte's sheets.
 */
import { USERS } from '../support/workbooks';
import { loadScript, type LoadedScript } from '../../src/dev/load-script';
import { createGlobals } from '../../src/dev/emulator';
import { create, draft, surveyWorkbook } from './surveys-support';

const sheetNames = (wb: LoadedScript) =>
  wb.world.run(() =>
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .map((s) => s.getName()),
  );

/** A spreadsheet as Sheets makes it (« Feuille 1 » only), optionally with something typed in it, then « Initialiser ». */
function initialised(typed?: string) {
  const loaded = loadScript({ owner: USERS.admin, now: new Date('2026-03-12T09:00:00Z') });
  Object.assign(globalThis, createGlobals(loaded.world));
  loaded.world.activeSpreadsheetId = loaded.world.inspect(() => {
    const ss = SpreadsheetApp.create('AJCAD');
    if (typed) ss.getSheets()[0].getRange('B3').setValue(typed);
    return ss.getId();
  });
  loaded.call('initialiseWorkbook', [], { user: USERS.admin });
  return loaded;
}

describe('Initialiser', () => {
  it('removes the empty « Feuille 1 » Google creates', () => {
    const names = sheetNames(initialised());
    expect(names).not.toContain('Feuille 1');
    expect(names[0]).toBe('Partenaires');
  });

  it('keeps a « Feuille 1 » that holds anything: it is the user’s', () => {
    expect(sheetNames(initialised('Mes notes'))).toContain('Feuille 1');
  });
});

describe('survey response sheets', () => {
  it('are named « Réponses — <titre> » and placed after Pacte’s sheets, in the order campaigns were made', () => {
    const { wb, partnerIds } = surveyWorkbook(3);
    const before = sheetNames(wb);
    create(wb, draft(partnerIds.slice(0, 2)));
    create(wb, draft(partnerIds.slice(0, 2), { title: 'Bilan des conventions 2026' }));
    create(wb, draft(partnerIds.slice(0, 2)));
    expect(sheetNames(wb)).toEqual([...before, 'Réponses — Satisfaction 2026', 'Réponses — Bilan des conventions 2026', 'Réponses — Satisfaction 2026 (2)']);
  });
});
