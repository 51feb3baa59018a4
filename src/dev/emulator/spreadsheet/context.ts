/** What every Spreadsheet/Sheet/Range view shares: the world, the Drive record and the spreadsheet model. */
import type { World } from '../core/world';
import type { DriveRecord } from '../core/drive-store';
import { AppsScriptException } from '../core/errors';
import type { SheetModel, SpreadsheetModel } from './model';
import { type Area, blockingInsertion, blockingProtection, PROTECTED_TEXT } from './protection-rules';
import { type LocaleInfo, localeInfo } from './locale';

/** Google's cap on cells per spreadsheet (all sheets' grids, empty or not). */
export const MAX_CELLS = 10_000_000;

/**
 * Google's cap on one cell's content: "A cell can contain up to 50,000 characters"
 * (https://support.google.com/drive/answer/37603, Files you can store in Google Drive › Spreadsheets).
 * A longer input is refused whole, with the text Sheets gives (quoted in Google Sheets error lists,
 * e.g. https://integrately.com/integrations/google-sheets/error).
 */
export const MAX_CELL_CHARS = 50_000;
export const CELL_TOO_LONG_TEXT = `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`;

export class SheetsContext {
  constructor(
    readonly world: World,
    readonly rec: DriveRecord,
  ) {}

  get model(): SpreadsheetModel {
    return this.rec.content as SpreadsheetModel;
  }

  get loc(): LocaleInfo {
    return localeInfo(this.model.locale);
  }

  get tz(): string {
    return this.model.timeZone;
  }

  /** Throws Google's message when growing the grid by `added` cells would pass 10,000,000. */
  checkCellLimit(added: number): void {
    if (added > 0 && this.model.cellCount() + added > MAX_CELLS) {
      throw new AppsScriptException(`This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`);
    }
  }

  /** Refuses, with Google's text, a write to `area` of `sheet` that a protection forbids the running user. */
  checkCanEdit(sheet: SheetModel, area: Area): void {
    if (blockingProtection(this.rec, sheet, this.world.execution.effectiveUser, area)) throw new AppsScriptException(PROTECTED_TEXT);
  }

  /** Rows or columns inserted before index `at` (0-based). */
  checkCanInsert(sheet: SheetModel, axis: 'row' | 'column', at: number): void {
    if (blockingInsertion(this.rec, sheet, this.world.execution.effectiveUser, axis, at)) throw new AppsScriptException(PROTECTED_TEXT);
  }

  /** The whole grid of `sheet` (clearing, deleting or restyling the sheet). */
  checkCanEditSheet(sheet: SheetModel): void {
    this.checkCanEdit(sheet, { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns });
  }

  /** Refuses a string input longer than a cell may hold (values and formulas alike). */
  checkCellText(v: unknown): void {
    if (typeof v === 'string' && v.length > MAX_CELL_CHARS) throw new AppsScriptException(CELL_TOO_LONG_TEXT);
  }

  touch(): void {
    this.world.drive.touch(this.rec);
  }
}
