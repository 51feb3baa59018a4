/** What every Spreadsheet/Sheet/Range view shares: the world, the Drive record and the spreadsheet model. */
import type { World } from '../core/world';
import type { DriveRecord } from '../core/drive-store';
import { AppsScriptException } from '../core/errors';
import type { SpreadsheetModel } from './model';
import { type LocaleInfo, localeInfo } from './locale';

/** Google's cap on cells per spreadsheet (all sheets' grids, empty or not). */
export const MAX_CELLS = 10_000_000;

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

  touch(): void {
    this.world.drive.touch(this.rec);
  }
}
