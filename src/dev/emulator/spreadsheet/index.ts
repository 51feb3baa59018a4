/** Installs the SpreadsheetApp and Charts globals, and exports helpers tests and the sandbox use. */
import type { World } from '../core/world';
import { SpreadsheetApp, blankSpreadsheet, newSpreadsheetFile, sheetsSettings } from './spreadsheet-app';
import { MimeTypes } from '../core/drive-store';
import { apiExporters, blankContents, importKey, importers } from '../drive/lookup';
import { exportCsv } from './csv-export';
import type { SpreadsheetModel } from './model';
import { importCsv } from './csv-import';
import { SheetsContext } from './context';
import { Spreadsheet, type Toast, toastsOf } from './spreadsheet';
import { ChartType } from './enums';
import { displayValue } from './number-format';
import { localeInfo } from './locale';
import type { CellValue } from './model';

export { SpreadsheetModel, SheetModel } from './model';
export type { CellValue } from './model';
export type { Toast } from './spreadsheet';

export function installSpreadsheetApp(world: World): Record<string, unknown> {
  // Drive's files.create with the Google Sheets MIME type makes a blank spreadsheet, as SpreadsheetApp.create does.
  blankContents(world).set(MimeTypes.SPREADSHEET, (id) => blankSpreadsheet(world, id));
  importers(world).set(importKey(MimeTypes.SPREADSHEET, 'text/csv'), (id, bytes) => importCsv(world, id, bytes));
  apiExporters(world).set(importKey('text/csv', MimeTypes.SPREADSHEET), (rec) => exportCsv(rec.content as unknown as SpreadsheetModel, rec.name));
  return {
    SpreadsheetApp: new SpreadsheetApp(world),
    Charts: { ChartType },
  };
}

/**
 * Creates a spreadsheet owned by the world's owner and makes it the active one
 * (the spreadsheet the add-on is open in). Returns it as Apps Script code would see it.
 */
export function _createActiveSpreadsheet(world: World, name = 'Untitled spreadsheet'): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const rec = newSpreadsheetFile(world, name, world.owner);
  world.activeSpreadsheetId = rec.id;
  return new Spreadsheet(new SheetsContext(world, rec)) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
}

/** Sets the locale SpreadsheetApp.create gives new spreadsheets (default: WorldOptions.locale, as Google takes the account's). */
export function _setDefaultSpreadsheetLocale(world: World, locale: string): void {
  sheetsSettings(world).defaultLocale = locale;
}

/** Toasts shown so far in this world (Spreadsheet.toast). */
export function _toasts(world: World): readonly Toast[] {
  return toastsOf(world);
}

/** The text Sheets shows for a cell value with a number format, in a locale and time zone (for other emulator services). */
export function _displayValue(value: CellValue, numberFormat: string | undefined, locale: string, timeZone: string): string {
  return displayValue(value, numberFormat, localeInfo(locale), timeZone);
}

/** A date-time cell (a form timestamp) as Sheets shows it: the locale's date-time format, in `timeZone`. */
export function _displayDateTime(date: Date, locale: string, timeZone: string): string {
  const loc = localeInfo(locale);
  return displayValue(date, loc.dateTimePattern, loc, timeZone);
}
