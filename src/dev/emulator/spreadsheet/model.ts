/**
 * The data behind an emulated spreadsheet (stored as the content of its Drive file).
 * Sheet/Range/Spreadsheet API classes are views over this; FormApp writes responses here.
 */
import type { FileContent } from '../core/drive-store';

/** What a cell holds: '' when empty, as Range.getValues() reports it. */
export type CellValue = string | number | boolean | Date;

export class SheetModel {
  maxRows = 1000;
  maxColumns = 26;
  /** values[r][c], 0-based; rows and cells past the end are empty (''). */
  values: CellValue[][] = [];
  /** Formulas by "r,c" (0-based), as the user typed them (e.g. '=SUM(A1:A3)'). */
  formulas = new Map<string, string>();
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  /** URL of the form whose responses this sheet receives (Sheet.getFormUrl()). */
  formUrl: string | null = null;

  constructor(
    public sheetId: number,
    public name: string,
  ) {}

  /** Index (1-based) of the last row holding content; 0 when the sheet is empty. */
  lastRow(): number {
    for (let r = this.values.length - 1; r >= 0; r--) {
      const row = this.values[r];
      if (row && row.some((v) => v !== '')) return r + 1;
    }
    return 0;
  }

  /** Writes a row after the last one with content, growing the sheet if needed (Sheet.appendRow). */
  appendRow(row: CellValue[]): number {
    const r = this.lastRow();
    if (r + 1 > this.maxRows) this.maxRows = r + 1;
    if (row.length > this.maxColumns) this.maxColumns = row.length;
    this.values[r] = row.slice();
    return r + 1;
  }

  cloneInto(copy: SheetModel): SheetModel {
    copy.maxRows = this.maxRows;
    copy.maxColumns = this.maxColumns;
    copy.values = this.values.map((row) => (row ? row.map((v) => (v instanceof Date ? new Date(v.getTime()) : v)) : row));
    copy.formulas = new Map(this.formulas);
    copy.frozenRows = this.frozenRows;
    copy.frozenColumns = this.frozenColumns;
    copy.hidden = this.hidden;
    return copy;
  }
}

export class SpreadsheetModel implements FileContent {
  sheets: SheetModel[] = [];
  locale = 'fr_FR';
  private nextSheetId = 0;

  constructor(
    public fileId: string,
    public timeZone: string,
  ) {}

  /** Adds a sheet (at `index`, 0-based, or last) of 1000×26, as Google does. */
  addSheet(name: string, index = this.sheets.length): SheetModel {
    const sheet = new SheetModel(this.nextSheetId, name);
    this.nextSheetId = this.nextSheetId === 0 ? 1000000001 : this.nextSheetId + 7919;
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  clone(newFileId: string): SpreadsheetModel {
    const copy = new SpreadsheetModel(newFileId, this.timeZone);
    copy.locale = this.locale;
    for (const s of this.sheets) copy.sheets.push(s.cloneInto(new SheetModel(s.sheetId, s.name)));
    copy.nextSheetId = this.nextSheetId;
    return copy;
  }
}
