/**
 * Who may write which cells of a protected sheet or range, as Google's reference states it:
 *
 * - https://developers.google.com/apps-script/reference/spreadsheet/protection#canEdit()
 *   "The spreadsheet owner is always able to edit protected ranges and sheets."
 * - https://developers.google.com/apps-script/reference/spreadsheet/range#protect()
 *   "Until the script actually changes the list of editors for the range (…), the permissions mirror
 *   those of the spreadsheet itself, which effectively means that the range remains unprotected. (…)
 *   If a cell is protected by multiple protected ranges and any of them prevent a particular user
 *   from editing the cell, then that user is not permitted to edit the cell."
 * - #isWarningOnly(): "Warning-based protection means that every user can edit data in the area,
 *   except editing prompts a warning asking the user to confirm the edit." A script gets no prompt:
 *   its writes go through.
 * - #setDomainEdit(editable): "Sets whether all users in the domain that owns the spreadsheet have
 *   permission to edit the protected range or sheet."
 *
 * The refusal text is the one Sheets gives for such a write (quoted in Google Sheets error lists,
 * e.g. https://integrately.com/integrations/google-sheets/error).
 */
import type { DriveRecord } from '../core/drive-store';
import { canEdit as canEditFile } from '../drive/access';
import type { ProtectionSpec, RangeRef, SheetModel } from './model';

export const PROTECTED_TEXT =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** Cells [row, row+numRows) × [column, column+numColumns), 1-based. */
export interface Area {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

const ALL = Number.MAX_SAFE_INTEGER;

/** The area a protection covers: a protected sheet covers the whole grid, and the rows and columns it grows by. */
function protectedArea(p: ProtectionSpec): Area {
  return p.type === 'SHEET' ? { row: 1, column: 1, numRows: ALL, numColumns: ALL } : p.range;
}

function intersects(a: Area, b: Area): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}

function contains(outer: Area, inner: Area): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}

/** What Protection.canEdit() answers for `user`. */
export function userCanEdit(rec: DriveRecord, p: ProtectionSpec, user: string): boolean {
  if (user !== '' && same(user, rec.owner)) return true;
  if (p.warningOnly) return true;
  if (p.mirror) return canEditFile(rec, user);
  if (user === '') return false;
  return p.editors.some((e) => same(e, user)) || (p.domainEdit && domainOf(user) === domainOf(rec.owner));
}

/** True when the protection applies to `user` at all. Mirroring the spreadsheet's own permissions leaves the area unprotected (see above). */
function restricts(rec: DriveRecord, p: ProtectionSpec, user: string): boolean {
  return !p.mirror && !p.warningOnly && !userCanEdit(rec, p, user);
}

/** True when the protection stops `user` from writing somewhere in `area`. */
function blocks(rec: DriveRecord, p: ProtectionSpec, user: string, area: Area): boolean {
  if (!restricts(rec, p, user)) return false;
  if (!intersects(protectedArea(p), area)) return false;
  // A write wholly inside one unprotected region of a protected sheet is allowed. Google is silent
  // on a write spanning several regions: it is refused (the safer reading).
  return !p.unprotected.some((u) => contains(u, area));
}

/** The first protection that refuses `user` a write to `area`, or undefined. */
export function blockingProtection(rec: DriveRecord, sheet: SheetModel, user: string, area: Area): ProtectionSpec | undefined {
  if (sheet.protections.length === 0) return undefined;
  return sheet.protections.find((p) => blocks(rec, p, user, area));
}

/**
 * The protection refusing `user` rows (or columns) inserted before index `at` (0-based): a protected
 * sheet refuses any, a protected range those inserted inside it (it would grow). Google is silent on
 * the details; this is the safer reading.
 */
export function blockingInsertion(rec: DriveRecord, sheet: SheetModel, user: string, axis: 'row' | 'column', at: number): ProtectionSpec | undefined {
  return sheet.protections.find((p) => {
    if (!restricts(rec, p, user)) return false;
    if (p.type === 'SHEET') return true;
    const start = (axis === 'row' ? p.range.row : p.range.column) - 1;
    return at > start && at < start + (axis === 'row' ? p.range.numRows : p.range.numColumns);
  });
}

/**
 * Rows [at, at+n) inserted (n > 0) or deleted (n < 0), 0-based: protected ranges and unprotected
 * regions move with their cells, grow when rows are inserted inside them and shrink when some of
 * their rows are deleted; a range whose every row is deleted loses its protection.
 */
export function shiftProtections(sheet: SheetModel, axis: 'row' | 'column', at: number, n: number): void {
  const shift = (ref: RangeRef): RangeRef | null => {
    const start = (axis === 'row' ? ref.row : ref.column) - 1;
    const size = axis === 'row' ? ref.numRows : ref.numColumns;
    let s = start;
    let len = size;
    if (n > 0) {
      if (at <= start) s += n;
      else if (at < start + size) len += n;
    } else {
      const d = -n;
      const overlap = Math.max(0, Math.min(start + size, at + d) - Math.max(start, at));
      len -= overlap;
      if (at < start) s = Math.max(at, start - d);
    }
    if (len <= 0) return null;
    return axis === 'row' ? { ...ref, row: s + 1, numRows: len } : { ...ref, column: s + 1, numColumns: len };
  };
  // In place: Protection objects a script holds keep pointing at their (moved) spec.
  sheet.protections = sheet.protections.filter((p) => {
    p.unprotected = p.unprotected.map(shift).filter((u): u is RangeRef => u !== null);
    if (p.type === 'SHEET') return true;
    const range = shift(p.range);
    if (range) p.range = range;
    return range !== null;
  });
}
