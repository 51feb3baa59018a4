/**
 * Range.protect() / Sheet.protect(): Protection views over the sheet's protection list, as
 * https://developers.google.com/apps-script/reference/spreadsheet/protection documents them.
 * Who may write where is decided in protection-rules.ts.
 */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import { AppsScriptException } from '../core/errors';
import { User } from '../core/user';
import type { ProtectionSpec, SheetModel } from './model';
import type { SheetsContext } from './context';
import { asEnum } from './enums';
import { PROTECTED_TEXT, userCanEdit } from './protection-rules';
import { canEdit as canEditFile } from '../drive/access';
import { Range } from './range';

type ProtectionApi = ApiSubset<
  GoogleAppsScript.Spreadsheet.Protection,
  | 'addEditor'
  | 'addEditors'
  | 'canDomainEdit'
  | 'canEdit'
  | 'getDescription'
  | 'getEditors'
  | 'getProtectionType'
  | 'getRange'
  | 'getUnprotectedRanges'
  | 'isWarningOnly'
  | 'remove'
  | 'removeEditor'
  | 'removeEditors'
  | 'setDescription'
  | 'setDomainEdit'
  | 'setUnprotectedRanges'
  | 'setWarningOnly'
>;

function emailOf(u: string | GoogleAppsScript.Base.User): string {
  return typeof u === 'string' ? u : u.getEmail();
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export class Protection extends Emulated implements ProtectionApi {
  constructor(
    private readonly ctx: SheetsContext,
    private readonly sheet: SheetModel,
    readonly _spec: ProtectionSpec,
  ) {
    super('Protection', ctx.world.log);
  }

  private user(): string {
    return this.ctx.world.execution.effectiveUser;
  }

  /**
   * Reading the editors or changing the protection needs permission to edit it ("Throws an exception
   * if the user does not have permission to edit the protected range or sheet"). The text is not
   * documented; Sheets' refusal of a protected object is used.
   */
  private editable(): ProtectionSpec {
    if (!userCanEdit(this.ctx.rec, this._spec, this.user())) throw new AppsScriptException(PROTECTED_TEXT);
    return this._spec;
  }

  /**
   * The first change to the editors ends the mirroring of the spreadsheet's permissions: the list
   * starts from the spreadsheet's editors, the owner and the current user.
   */
  private ownEditors(): ProtectionSpec {
    const p = this.editable();
    if (p.mirror) {
      const rec = this.ctx.rec;
      p.editors = [...new Set([rec.owner, ...rec.editors, this.user()].filter((e) => e !== ''))];
      p.mirror = false;
    }
    return p;
  }

  addEditor(emailAddress: string | GoogleAppsScript.Base.User): Protection {
    return this.addEditors([emailOf(emailAddress)]);
  }

  /** "This method does not automatically give the user permission to edit the spreadsheet itself." */
  addEditors(emailAddresses: string[]): Protection {
    const p = this.ownEditors();
    for (const e of emailAddresses.map(emailOf)) if (!p.editors.some((x) => same(x, e))) p.editors.push(e);
    return this;
  }

  canDomainEdit(): boolean {
    return this.editable().domainEdit;
  }

  /** "The spreadsheet owner is always able to edit protected ranges and sheets." */
  canEdit(): boolean {
    return userCanEdit(this.ctx.rec, this._spec, this.user());
  }

  getDescription(): string {
    return this._spec.description;
  }

  /** The owner first; while mirroring, the spreadsheet's editors; none for a warning-only protection. */
  getEditors(): User[] {
    const p = this.editable();
    if (p.warningOnly) return [];
    const owner = this.ctx.rec.owner;
    const list = p.mirror ? this.ctx.rec.editors : p.editors;
    return [owner, ...list.filter((e) => !same(e, owner))].map((e) => new User(this.ctx.world.log, e));
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return asEnum(this._spec.type);
  }

  /** "If the protection applies to the sheet instead of a range, this method returns a range that spans the entire sheet." */
  getRange(): Range {
    const s = this.sheet;
    const r = this._spec.type === 'SHEET' ? { row: 1, column: 1, numRows: s.maxRows, numColumns: s.maxColumns } : this._spec.range;
    return new Range(this.ctx, s, r.row, r.column, r.numRows, r.numColumns);
  }

  /** "If the Protection object corresponds to a protected range instead of a protected sheet, this method returns an empty array." */
  getUnprotectedRanges(): Range[] {
    return this._spec.unprotected.map((u) => new Range(this.ctx, this.sheet, u.row, u.column, u.numRows, u.numColumns));
  }

  isWarningOnly(): boolean {
    return this._spec.warningOnly;
  }

  remove(): void {
    this.editable();
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this._spec);
  }

  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): Protection {
    return this.removeEditors([emailOf(emailAddress)]);
  }

  /** "Neither the owner of the spreadsheet nor the current user can be removed." */
  removeEditors(emailAddresses: (string | GoogleAppsScript.Base.User)[]): Protection {
    const p = this.ownEditors();
    const keep = [this.ctx.rec.owner, this.user()];
    const gone = emailAddresses.map(emailOf).filter((e) => !keep.some((k) => same(k, e)));
    p.editors = p.editors.filter((e) => !gone.some((g) => same(g, e)));
    return this;
  }

  setDescription(description: string): Protection {
    this.editable().description = description;
    return this;
  }

  /**
   * "Throws an exception if the spreadsheet does not belong to a Google Workspace domain (that is,
   * if it is owned by a gmail.com account)." The text is not documented.
   */
  setDomainEdit(editable: boolean): Protection {
    if (/@(gmail|googlemail)\.com$/i.test(this.ctx.rec.owner))
      throw new AppsScriptException('Domain protection is only supported on documents within a domain.');
    this.ownEditors().domainEdit = editable;
    return this;
  }

  /** "Throws an exception if the Protection object corresponds to a protected range (…) or if any of the ranges are not on the protected sheet." */
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): Protection {
    const p = this.editable();
    const refs = (ranges as unknown as Range[]).map((r) => r._ref());
    if (p.type !== 'SHEET' || refs.some((r) => r.sheetId !== this.sheet.sheetId)) throw new AppsScriptException('Invalid argument: ranges'); // text unverified
    p.unprotected = refs;
    return this;
  }

  /** Warning-only protection has no editor list (the Sheets API: "Editors are not supported with warning_only protection"). */
  setWarningOnly(warningOnly: boolean): Protection {
    const p = this.editable();
    p.warningOnly = warningOnly;
    if (warningOnly) p.editors = [];
    return this;
  }
}

/**
 * Range.protect() / Sheet.protect(): a new protection that mirrors the spreadsheet's permissions
 * until a script changes its editors. Sheet.protect() on a protected sheet returns the existing
 * one ("If the sheet is already protected, this method returns an object representing its
 * existing protection settings"); Range.protect() always adds one, overlapping or not.
 * Creating one needs edit access to the spreadsheet (text unverified).
 */
export function newProtection(
  ctx: SheetsContext,
  sheet: SheetModel,
  type: 'RANGE' | 'SHEET',
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
): Protection {
  if (!canEditFile(ctx.rec, ctx.world.execution.effectiveUser)) throw new AppsScriptException(PROTECTED_TEXT);
  const existing = type === 'SHEET' ? sheet.protections.find((p) => p.type === 'SHEET') : undefined;
  if (existing) return new Protection(ctx, sheet, existing);
  const spec: ProtectionSpec = {
    id: ctx.model.newObjectId(),
    type,
    range: { sheetId: sheet.sheetId, row, column, numRows, numColumns },
    description: '',
    warningOnly: false,
    editors: [],
    domainEdit: false,
    mirror: true,
    unprotected: [],
  };
  sheet.protections.push(spec);
  return new Protection(ctx, sheet, spec);
}
