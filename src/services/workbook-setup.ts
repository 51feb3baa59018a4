/**
 * Creates Pacte's sheets and columns where missing, never touching existing data:
 * running it twice changes nothing. Users' own columns and order are kept.
 */
import type { FieldSpec, TableSpec } from '../domain/schema/field';
import { ALL_TABLES, SETTINGS } from '../domain/schema/tables';
import { defaultSettingsRows } from '../domain/settings/settings';
import { mapHeaders } from './header-map';
import { SheetTable } from './sheet-table';
import type { StoreContext } from './store-context';
import { forgetSettings } from './settings-store';

export interface SetupReport {
  createdSheets: string[];
  addedColumns: string[];
}

const FORMATS: Partial<Record<FieldSpec['type'], string>> = {
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
  money: '#,##0',
  integer: '0',
  percent: '0',
};

export function setUpWorkbook(ctx: StoreContext, organisation: string): SetupReport {
  const report: SetupReport = { createdSheets: [], addedColumns: [] };
  for (const spec of ALL_TABLES) ensureTable(ctx, spec, report);
  if (report.createdSheets.includes(SETTINGS.sheetName)) {
    SheetTable.open(ctx, SETTINGS).insert(defaultSettingsRows(ctx.user, organisation));
    forgetSettings();
  }
  return report;
}

function ensureTable(ctx: StoreContext, spec: TableSpec, report: SetupReport): void {
  let sheet = ctx.spreadsheet.getSheetByName(spec.sheetName);
  let header: unknown[] = [];
  if (!sheet) {
    sheet = ctx.spreadsheet.insertSheet(spec.sheetName);
    report.createdSheets.push(spec.sheetName);
  } else if (sheet.getLastColumn() > 0) {
    header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  }
  const { missing } = mapHeaders(spec, header);
  if (missing.length === 0) return;
  const start = header.length + 1;
  if (start + missing.length - 1 > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), start + missing.length - 1 - sheet.getMaxColumns());
  sheet.getRange(1, start, 1, missing.length).setValues([missing]).setFontWeight('bold').setBackground('#e8eef7');
  sheet.setFrozenRows(1);
  if (!report.createdSheets.includes(spec.sheetName)) report.addedColumns.push(...missing.map((h) => `${spec.sheetName} › ${h}`));

  const rows = sheet.getMaxRows() - 1;
  missing.forEach((h, i) => {
    const field = spec.fields.find((f) => f.header === h)!;
    const column = sheet!.getRange(2, start + i, rows, 1);
    const format = FORMATS[field.type];
    if (format) column.setNumberFormat(format);
    if (field.type === 'enum' && field.values) {
      column.setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireValueInList([...field.values], true)
          .setAllowInvalid(false)
          .setHelpText(`${h} : choisissez dans la liste (${field.values.join(', ')}).`)
          .build(),
      );
    }
    if (field.type === 'boolean') {
      column.setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(['Oui', 'Non'], true).build());
    }
  });
}
