/** Spreadsheet: a view over a Drive file whose content is a SpreadsheetModel (sheets, names, locale, time zone). */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import { AppsScriptException } from '../core/errors';
import { MimeTypes } from '../core/drive-store';
import { SheetsContext } from './context';
import type { World } from '../core/world';
import { SpreadsheetModel, type SheetModel } from './model';
import { defaultSheetName } from './locale';
import { Sheet } from './sheet';
import type { Range } from './range';
import { User } from '../core/user';
import { Protection } from './protection';
import { _recordToast } from '../ui';

type SpreadsheetApi = ApiSubset<
  GoogleAppsScript.Spreadsheet.Spreadsheet,
  | 'addEditor'
  | 'addEditors'
  | 'copy'
  | 'deleteSheet'
  | 'getActiveSheet'
  | 'getFormUrl'
  | 'getId'
  | 'getName'
  | 'getNumSheets'
  | 'getEditors'
  | 'getOwner'
  | 'getProtections'
  | 'getRange'
  | 'getRangeByName'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'moveActiveSheet'
  | 'removeEditor'
  | 'rename'
  | 'setActiveSheet'
  | 'setNamedRange'
  | 'setSpreadsheetLocale'
  | 'setSpreadsheetTimeZone'
  | 'toast'
>;

type SheetOptions = { template?: GoogleAppsScript.Spreadsheet.Sheet };

export interface Toast {
  spreadsheetId: string;
  msg: string;
  title: string;
  timeoutSeconds: number;
}

/** Toasts shown in the world, oldest first (tests read them with `_toasts(world)`). */
export function toastsOf(world: World): Toast[] {
  return world.state<Toast[]>('spreadsheet.toasts', () => []);
}

export class Spreadsheet extends Emulated implements SpreadsheetApi {
  constructor(private readonly ctx: SheetsContext) {
    super('Spreadsheet', ctx.world.log);
  }

  get _ctx(): SheetsContext {
    return this.ctx;
  }

  static _checkNewName(ctx: SheetsContext, name: string): void {
    if (ctx.model.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new AppsScriptException(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  private model(): SpreadsheetModel {
    return this.ctx.model;
  }

  private view(s: SheetModel): Sheet {
    return new Sheet(this.ctx, s);
  }

  _activeSheetModel(): SheetModel {
    const m = this.model();
    return (m.activeSheetId !== null ? m.sheetById(m.activeSheetId) : undefined) ?? m.sheets[0];
  }

  getId(): string {
    return this.ctx.rec.id;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.ctx.rec.id}/edit`;
  }

  getName(): string {
    return this.ctx.rec.name;
  }

  rename(newName: string): void {
    this.ctx.rec.name = newName;
    this.ctx.touch();
  }

  getOwner(): User {
    return new User(this.ctx.world.log, this.ctx.rec.owner);
  }

  // ---- sharing (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#addEditor(String)) ----

  /** "If the user was already on the list of viewers, this method promotes the user out of the list of viewers." */
  addEditor(emailAddress: string | GoogleAppsScript.Base.User): Spreadsheet {
    return this.addEditors([typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail()]);
  }

  addEditors(emailAddresses: string[]): Spreadsheet {
    const rec = this.ctx.rec;
    for (const e of emailAddresses) {
      const lower = e.toLowerCase();
      rec.viewers = rec.viewers.filter((v) => v.toLowerCase() !== lower);
      if (lower !== rec.owner.toLowerCase() && !rec.editors.some((x) => x.toLowerCase() === lower)) rec.editors.push(e);
    }
    this.ctx.touch();
    return this;
  }

  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): Spreadsheet {
    const lower = (typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail()).toLowerCase();
    this.ctx.rec.editors = this.ctx.rec.editors.filter((x) => x.toLowerCase() !== lower);
    this.ctx.touch();
    return this;
  }

  /** The owner first, then the editors (as the emulated DriveApp lists them). */
  getEditors(): User[] {
    return [this.ctx.rec.owner, ...this.ctx.rec.editors].map((e) => new User(this.ctx.world.log, e));
  }

  /** Every protected range or sheet of the spreadsheet, sheet by sheet. */
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): Protection[] {
    return this.model().sheets.flatMap((s) => s.protections.filter((p) => p.type === String(type)).map((p) => new Protection(this.ctx, s, p)));
  }

  getSheets(): Sheet[] {
    return this.model().sheets.map((s) => this.view(s));
  }

  getNumSheets(): number {
    return this.model().sheets.length;
  }

  getSheetByName(name: string): Sheet | null {
    const s = this.model().sheetByName(name);
    return s ? this.view(s) : null;
  }

  getSheetById(id: number): Sheet | null {
    const s = this.model().sheetById(id);
    return s ? this.view(s) : null;
  }

  /**
   * insertSheet([name][, index][, {template}]); index is 0-based. The new sheet becomes active;
   * with a template it starts as a copy of that sheet.
   */
  insertSheet(a?: string | number | SheetOptions, b?: number | SheetOptions, c?: SheetOptions): Sheet {
    const m = this.model();
    const args = [a, b, c].filter((x) => x !== undefined);
    const name = typeof args[0] === 'string' ? (args.shift() as string) : undefined;
    const index = typeof args[0] === 'number' ? (args.shift() as number) : m.sheets.length;
    const options = (args[0] ?? {}) as SheetOptions;
    const template = options.template ? (options.template as unknown as Sheet)._model : null;
    const created = this.addSheet(name, index);
    if (template) {
      const id = created.sheetId;
      const nm = created.name;
      template.cloneInto(created);
      created.sheetId = id;
      created.name = nm;
    }
    return this.view(created);
  }

  private addSheet(requested: string | undefined, index: number): SheetModel {
    const m = this.model();
    let name = requested;
    if (index < 0 || index > m.sheets.length) throw new AppsScriptException('Invalid argument: sheetIndex');
    if (name === undefined) {
      let n = m.sheets.length + 1;
      while (m.sheetByName(defaultSheetName(m.locale, n))) n++;
      name = defaultSheetName(m.locale, n);
    } else {
      Spreadsheet._checkNewName(this.ctx, name);
    }
    this.ctx.checkCellLimit(1000 * 26);
    const s = m.addSheet(name, index);
    m.activeSheetId = s.sheetId;
    this.ctx.touch();
    return s;
  }

  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    const m = this.model();
    const target = (sheet as unknown as Sheet)._model;
    if (!m.sheets.includes(target)) throw new AppsScriptException('Sheet not found'); // text unverified
    if (m.sheets.length === 1) throw new AppsScriptException("You can't remove all the sheets in a document.");
    this.ctx.checkCanEditSheet(target);
    m.sheets = m.sheets.filter((s) => s !== target);
    if (m.activeSheetId === target.sheetId) m.activeSheetId = null;
    this.ctx.touch();
  }

  getActiveSheet(): Sheet {
    return this.view(this._activeSheetModel());
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): Sheet {
    return (sheet as unknown as Sheet).activate();
  }

  /** Moves the active sheet to position `pos` (1-based, as getIndex() counts) among the sheets. */
  moveActiveSheet(pos: number): void {
    const m = this.model();
    if (!Number.isInteger(pos) || pos < 1 || pos > m.sheets.length) throw new AppsScriptException('Invalid argument: pos'); // text unverified
    const active = this._activeSheetModel();
    this.ctx.checkCanEditSheet(active);
    m.sheets = m.sheets.filter((s) => s !== active);
    m.sheets.splice(pos - 1, 0, active);
    this.ctx.touch();
  }

  getSpreadsheetTimeZone(): string {
    return this.model().timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    } catch {
      throw new AppsScriptException('Invalid argument: timezone');
    }
    this.model().timeZone = timezone;
  }

  getSpreadsheetLocale(): string {
    return this.model().locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.model().locale = locale;
  }

  /** A1 notation, with a sheet name or on the active sheet. */
  getRange(a1Notation: string): Range {
    return Sheet._a1(this.ctx, this._activeSheetModel(), a1Notation);
  }

  getRangeByName(name: string): Range | null {
    const ref = this.model().namedRanges.get(name);
    if (!ref || !this.model().sheetById(ref.sheetId)) return null;
    return Sheet._fromRef(this.ctx, ref);
  }

  setNamedRange(name: string, range: GoogleAppsScript.Spreadsheet.Range): void {
    this.model().namedRanges.set(name, (range as unknown as Range)._ref());
  }

  /** The form whose responses this spreadsheet receives, or null. */
  getFormUrl(): string | null {
    return this.model().sheets.find((s) => s.formUrl)?.formUrl ?? null;
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    const t = { spreadsheetId: this.ctx.rec.id, msg: String(msg), title: title ?? '', timeoutSeconds: timeoutSeconds ?? 5 };
    toastsOf(this.ctx.world).push(t);
    _recordToast(this.ctx.world, t.msg, t.title, t.timeoutSeconds);
  }

  /** A copy in Drive, owned by the current user, named `name`. */
  copy(name: string): Spreadsheet {
    const world = this.ctx.world;
    const rec = world.drive.create(name, MimeTypes.SPREADSHEET, world.execution.user || world.owner);
    rec.content = this.model().clone(rec.id);
    return new Spreadsheet(new SheetsContext(world, rec));
  }
}
