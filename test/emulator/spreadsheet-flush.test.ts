/**
 * SpreadsheetApp.flush(). Google's reference
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush):
 * "Applies all pending Spreadsheet changes. Spreadsheet operations are sometimes bundled together to
 * improve performance, such as when doing multiple calls to Range.getValue(). However, sometimes you
 * may want to make sure that all pending changes are made right away". The emulator applies every
 * write at once, so after flush() the pending writes are there (as they already were); the call is
 * counted like any service call, so a flush in a loop shows in the call counts.
 */
import { World } from '../../src/dev/emulator/core/world';
import { installSpreadsheetApp } from '../../src/dev/emulator/spreadsheet';

it('flush(): the writes made before it are applied, and it counts as one service call', () => {
  const world = new World();
  Object.assign(globalThis, installSpreadsheetApp(world));
  const sheet = SpreadsheetApp.create('Test').getSheets()[0];
  sheet.getRange(1, 1, 2, 2).setValues([
    ['Clé', 'Statut'],
    ['k1', 'envoyé'],
  ]);
  const before = world.log.count('SpreadsheetApp.flush');
  SpreadsheetApp.flush();
  expect(world.log.count('SpreadsheetApp.flush')).toBe(before + 1);
  expect(sheet.getSheetValues(1, 1, -1, -1)).toEqual([
    ['Clé', 'Statut'],
    ['k1', 'envoyé'],
  ]);
});
