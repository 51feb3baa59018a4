/**
 * Fixtures for store and server tests: the emulator installed on globalThis, an active
 * spreadsheet, and Pacte's sheets created by Pacte's own set-up. Paired set-up / reset.
 */
import { installEmulator, type World, type WorldOptions } from '../../src/dev/emulator';
import { PACTE_ACCOUNT, pacteWorldOptions } from '../../src/dev/pacte-world';
import { _createActiveSpreadsheet } from '../../src/dev/emulator/spreadsheet';
import { createStoreContext, type StoreContext } from '../../src/services/store-context';
import { setUpWorkbook } from '../../src/services/workbook-setup';
import type { RecordInput } from '../../src/domain/contracts';

export const ADMIN = PACTE_ACCOUNT.owner;
export const STAFF = 'awa.traore@ajcad-mali.org';

export interface TestWorkbook {
  world: World;
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** A store context for `user` inside the current execution. */
  ctx(user?: string): StoreContext;
  sheet(name: string): GoogleAppsScript.Spreadsheet.Sheet;
  /** Whole sheet as getValues gives it (header row first). */
  values(name: string): unknown[][];
}

/** Pacte's code runs in Pacte's account under the manifest's scopes and advanced services; `world` overrides emulator options. */
export function setupWorkbook(opts: { timeZone?: string; initialise?: boolean; world?: WorldOptions } = {}): TestWorkbook {
  const world = installEmulator(globalThis, { ...pacteWorldOptions(), now: new Date('2026-03-12T09:00:00Z'), clockedDate: true, ...opts.world });
  const spreadsheet = world.run(() => {
    const ss = _createActiveSpreadsheet(world, 'AJCAD — Partenariats');
    ss.setSpreadsheetTimeZone(opts.timeZone ?? 'Africa/Bamako');
    return ss;
  });
  const ctx = (user = ADMIN) => createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), user);
  if (opts.initialise ?? true) world.run(() => setUpWorkbook(ctx(), 'AJCAD Mali'), { user: ADMIN });
  world.log.reset();
  return {
    world,
    spreadsheet,
    ctx,
    sheet: (name) => SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!,
    values: (name) => world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!.getDataRange().getValues()),
  };
}

/** Partner input that passes validation, with overrides. */
export function partnerInput(over: RecordInput = {}): RecordInput {
  return { name: 'Conseil national de la jeunesse', acronym: 'CNJ', type: 'OSC', category: 'Institutionnel', region: 'Bamako', ...over };
}

/**
 * What a user does in Sheets: moves a Pacte column (toColumn, 1-based) and inserts a column of
 * their own (at, 1-based, after the move). Only the values move, as with a cut and paste-values.
 */
export function reorderAsUser(wb: TestWorkbook, sheetName: string, header: string, toColumn: number, userColumn: { header: string; at: number }): void {
  wb.world.run(() => {
    const sheet = wb.sheet(sheetName);
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    let from = headers.indexOf(header) + 1;
    const lastRow = sheet.getLastRow();
    const column = sheet.getRange(1, from, lastRow, 1).getValues();
    sheet.insertColumnBefore(toColumn);
    if (toColumn <= from) from++;
    sheet.getRange(1, toColumn, lastRow, 1).setValues(column);
    sheet.deleteColumn(from);
    sheet.insertColumnBefore(userColumn.at);
    sheet.getRange(1, userColumn.at).setValues([[userColumn.header]]);
  });
}
