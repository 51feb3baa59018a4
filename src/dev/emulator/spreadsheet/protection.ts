/** Range.protect() / Sheet.protect(): Protection views over the sheet's protection list. */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import { User } from '../core/user';
import type { ProtectionSpec, SheetModel } from './model';
import type { SheetsContext } from './context';
import { asEnum } from './enums';
import { Range } from './range';

type ProtectionApi = ApiSubset<
  GoogleAppsScript.Spreadsheet.Protection,
  | 'addEditor'
  | 'addEditors'
  | 'canEdit'
  | 'getDescription'
  | 'getEditors'
  | 'getProtectionType'
  | 'getRange'
  | 'isWarningOnly'
  | 'remove'
  | 'removeEditor'
  | 'removeEditors'
  | 'setDescription'
  | 'setWarningOnly'
>;

function emailOf(u: string | GoogleAppsScript.Base.User): string {
  return typeof u === 'string' ? u : u.getEmail();
}

export class Protection extends Emulated implements ProtectionApi {
  constructor(
    private readonly ctx: SheetsContext,
    private readonly sheet: SheetModel,
    readonly _spec: ProtectionSpec,
  ) {
    super('Protection', ctx.world.log);
  }

  /** A removed protection's object still answers, detached (the reference says nothing about it). */
  private live(): ProtectionSpec {
    return this._spec;
  }

  addEditor(emailAddress: string | GoogleAppsScript.Base.User): Protection {
    return this.addEditors([emailOf(emailAddress)]);
  }

  addEditors(emailAddresses: string[]): Protection {
    const p = this.live();
    for (const e of emailAddresses) if (!p.editors.includes(e)) p.editors.push(e);
    return this;
  }

  canEdit(): boolean {
    const p = this.live();
    const user = this.ctx.world.execution.user;
    return user === this.ctx.rec.owner || (!p.warningOnly && p.editors.includes(user)) || p.warningOnly;
  }

  getDescription(): string {
    return this.live().description;
  }

  /** The owner is always an editor, as Google lists them. */
  getEditors(): User[] {
    const p = this.live();
    if (p.warningOnly) return [];
    const emails = [this.ctx.rec.owner, ...p.editors.filter((e) => e !== this.ctx.rec.owner)];
    return emails.map((e) => new User(this.ctx.world.log, e));
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return asEnum(this._spec.type);
  }

  getRange(): Range {
    const r = this._spec.range;
    return new Range(this.ctx, this.sheet, r.row, r.column, r.numRows, r.numColumns);
  }

  isWarningOnly(): boolean {
    return this.live().warningOnly;
  }

  remove(): void {
    this.live();
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this._spec);
  }

  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): Protection {
    return this.removeEditors([emailOf(emailAddress)]);
  }

  /** The spreadsheet owner cannot be removed. */
  removeEditors(emailAddresses: (string | GoogleAppsScript.Base.User)[]): Protection {
    const p = this.live();
    const gone = new Set(emailAddresses.map(emailOf));
    p.editors = p.editors.filter((e) => !gone.has(e) || e === this.ctx.rec.owner);
    return this;
  }

  setDescription(description: string): Protection {
    this.live().description = description;
    return this;
  }

  /** Warning-only protection has no editor list (Google clears it). */
  setWarningOnly(warningOnly: boolean): Protection {
    const p = this.live();
    p.warningOnly = warningOnly;
    if (warningOnly) p.editors = [];
    return this;
  }
}

/** Creates a protection as Google does: the current user and the owner are its editors. */
export function newProtection(
  ctx: SheetsContext,
  sheet: SheetModel,
  type: 'RANGE' | 'SHEET',
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
): Protection {
  const owner = ctx.rec.owner;
  const user = ctx.world.execution.user;
  const spec: ProtectionSpec = {
    id: ctx.model.newObjectId(),
    type,
    range: { sheetId: sheet.sheetId, row, column, numRows, numColumns },
    description: '',
    warningOnly: false,
    editors: user && user !== owner ? [owner, user] : [owner],
    domainEdit: false,
  };
  sheet.protections.push(spec);
  return new Protection(ctx, sheet, spec);
}
