/** The UI port over SpreadsheetApp.getUi and HtmlService (app/ports/ui.ts); needs no authorisation to build. */
import { SETTINGS } from '../domain/schema/tables';
import { mapHeaders } from './header-map';
import { forgetSettings } from './settings-store';
import { forgetContactIndex } from './contact-index';
import { forgetWeekExtract, WEEK_SHEETS } from './week-cache';

type MenuEntry = { label: string; handler: string } | 'séparateur';

function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new Error('Ouvrez Pacte depuis un classeur Google Sheets.');
  return spreadsheet;
}

export const spreadsheetUi = {
  addMenu(entries: readonly MenuEntry[]): void {
    const menu = SpreadsheetApp.getUi().createAddonMenu();
    for (const e of entries) {
      if (e === 'séparateur') menu.addSeparator();
      else menu.addItem(e.label, e.handler);
    }
    menu.addToUi();
  },
  openSidebar(view: string): void {
    const html = HtmlService.createHtmlOutputFromFile('Sidebar');
    // A constant view name, never data: the sidebar reads it from the body's data attribute.
    // Whatever attributes the body tag carries (class="role-pending"…), the view's goes first.
    html.setContent(html.getContent().replace(/<body(?=[\s>])/, `<body data-initial-view="${view}"`));
    SpreadsheetApp.getUi().showSidebar(html.setTitle('Pacte'));
  },
  showDialog(html: string, title: string, size: { width: number; height: number }): void {
    SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput(html).setWidth(size.width).setHeight(size.height), title);
  },
  alert(title: string, message: string): void {
    const ui = SpreadsheetApp.getUi();
    ui.alert(title, message, ui.ButtonSet.OK);
  },
  toast(message: string, title: string, seconds: number): void {
    activeSpreadsheet().toast(message, title, seconds);
  },
  showSheet(name: string): boolean {
    const spreadsheet = activeSpreadsheet();
    const sheet = spreadsheet.getSheetByName(name);
    if (sheet) spreadsheet.setActiveSheet(sheet);
    return sheet !== null;
  },
};

/** The onEdit event's range, read in one call for the « Section » column of Paramètres. */
export const sheetEdits = {
  of(event: unknown) {
    const range = (event as GoogleAppsScript.Events.SheetsOnEdit | undefined)?.range;
    const sheet = range?.getSheet();
    if (!range || !sheet) return undefined;
    return {
      sheetName: sheet.getName(),
      settingsSections(): string[] {
        const width = sheet.getLastColumn();
        if (width === 0) return [];
        const section = mapHeaders(SETTINGS, sheet.getRange(1, 1, 1, width).getValues()[0]).columns.get('section');
        if (section === undefined) return [];
        return sheet
          .getRange(range.getRow(), section + 1, range.getNumRows(), 1)
          .getValues()
          .map(([v]) => String(v));
      },
    };
  },
  forgetSettings,
  forgetContactIndex,
  forgetWeekExtract,
  weekSheets: WEEK_SHEETS,
};
