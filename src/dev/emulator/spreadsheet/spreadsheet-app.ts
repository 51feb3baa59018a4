/** The SpreadsheetApp global: creating and opening spreadsheets, the active one, builders and enums. */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import { AppsScriptException, invalidArgument } from '../core/errors';
import { MimeTypes, type DriveRecord } from '../core/drive-store';
import type { World } from '../core/world';
import { getUi } from '../ui';
import { MAX_CELLS, SheetsContext } from './context';
import { SpreadsheetModel } from './model';
import { defaultSheetName } from './locale';
import { Spreadsheet } from './spreadsheet';
import type { Sheet } from './sheet';
import { DataValidationBuilder } from './data-validation';
import { ConditionalFormatRuleBuilder } from './conditional-format';
import { BooleanCriteria, DataValidationCriteria, Dimension, ProtectionType, WrapStrategy } from './enums';

type AppApi = ApiSubset<
  GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  | 'create'
  | 'flush'
  | 'getActive'
  | 'getActiveSheet'
  | 'getActiveSpreadsheet'
  | 'getUi'
  | 'newConditionalFormatRule'
  | 'newDataValidation'
  | 'openById'
  | 'openByUrl'
  | 'setActiveSheet'
>;

/** Per-world settings of the Sheets service. */
export interface SheetsSettings {
  /** Locale of spreadsheets SpreadsheetApp.create makes (Google takes it from the user's account language). */
  defaultLocale: string;
}

export function sheetsSettings(world: World): SheetsSettings {
  return world.state<SheetsSettings>('spreadsheet.settings', () => ({ defaultLocale: world.locale }));
}

/** Makes a spreadsheet file in Drive, owned by `owner`, with one sheet named as Google names it in that locale. */
export function newSpreadsheetFile(world: World, name: string, owner: string, rows = 1000, columns = 26): DriveRecord {
  const rec = world.drive.create(name, MimeTypes.SPREADSHEET, owner);
  rec.content = blankSpreadsheet(world, rec.id, rows, columns);
  return rec;
}

/** A new spreadsheet's content: one empty sheet of 1000 × 26, named as Google names it in the default locale. */
export function blankSpreadsheet(world: World, id: string, rows = 1000, columns = 26): SpreadsheetModel {
  const model = new SpreadsheetModel(id, world.timeZone);
  model.locale = sheetsSettings(world).defaultLocale;
  const sheet = model.addSheet(defaultSheetName(model.locale, 1));
  sheet.maxRows = rows;
  sheet.maxColumns = columns;
  return model;
}

export class SpreadsheetApp extends Emulated implements AppApi {
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = WrapStrategy;
  readonly Dimension = Dimension;

  constructor(private readonly world: World) {
    super('SpreadsheetApp', world.log);
  }

  private wrap(rec: DriveRecord): Spreadsheet {
    return new Spreadsheet(new SheetsContext(this.world, rec));
  }

  create(name: string, rows?: number, columns?: number): Spreadsheet {
    if (typeof name !== 'string' || name === '') throw invalidArgument('name');
    if (rows !== undefined && (rows < 1 || (columns ?? 0) < 1)) throw invalidArgument(rows < 1 ? 'rows' : 'columns');
    if (rows !== undefined && columns !== undefined && rows * columns > MAX_CELLS) {
      throw new AppsScriptException(`This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`);
    }
    const owner = this.world.execution.user || this.world.owner;
    return this.wrap(newSpreadsheetFile(this.world, name, owner, rows, columns));
  }

  flush(): void {
    // Writes apply at once in the emulator, so there is nothing pending to apply.
  }

  getActive(): Spreadsheet | null {
    const id = this.world.activeSpreadsheetId;
    const rec = id ? this.world.drive.get(id) : undefined;
    return rec && rec.content instanceof SpreadsheetModel ? this.wrap(rec) : null;
  }

  getActiveSpreadsheet(): Spreadsheet | null {
    return this.getActive();
  }

  getActiveSheet(): Sheet | null {
    return this.getActive()?.getActiveSheet() ?? null;
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): Sheet {
    return (sheet as unknown as Sheet).activate();
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return getUi(this.world);
  }

  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this.world.log);
  }

  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.world.log);
  }

  openById(id: string): Spreadsheet {
    const rec = this.world.drive.get(id);
    if (!rec || rec.trashed || !(rec.content instanceof SpreadsheetModel)) {
      throw new AppsScriptException('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    }
    this.checkAccess(rec);
    return this.wrap(rec);
  }

  openByUrl(url: string): Spreadsheet {
    const m = typeof url === 'string' ? /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(url) : null;
    if (!m) throw invalidArgument('url');
    const rec = this.world.drive.get(m[1]);
    if (!rec || rec.trashed || !(rec.content instanceof SpreadsheetModel)) {
      throw new AppsScriptException('Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.');
    }
    this.checkAccess(rec);
    return this.wrap(rec);
  }

  /** A user who is neither owner, editor nor viewer of a private file cannot open it. */
  private checkAccess(rec: DriveRecord): void {
    const user = this.world.execution.user;
    const allowed = user === rec.owner || rec.editors.includes(user) || rec.viewers.includes(user) || rec.sharing.access !== 'PRIVATE';
    if (!allowed) throw new AppsScriptException('You do not have permission to access the requested document.');
  }
}
