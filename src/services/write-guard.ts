/**
 * Protected sheets and ranges. A write Sheets refuses because of a protection becomes a French
 * message naming the sheet and the cells, and a request never stays half-written: every block the
 * store writes during a mutation (Journal entries included) is logged with what the cells held before,
 * and when a later write is refused, the earlier blocks are put back (the Journal's rows and its head
 * with them). Nothing is asked of Sheets on the way: the check is Sheets' own refusal,
 * so a request costs no extra call unless it is refused (then one setValues per block undone).
 */
import { escapeForSheet } from '../domain/format/sheet-text';
import type { SheetCell } from './cells';
import { columnLetter } from './owned-sheet';
import type { StoreContext } from './store-context';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets' refusal of a write to a protected cell ("You are trying to edit a protected cell or object…"). */
const PROTECTED = /protected cell or object/i;

export class ProtectedSheetError extends Error {
  constructor(
    readonly sheetName: string,
    readonly where: string,
  ) {
    super(
      `La feuille « ${sheetName} » est protégée (${where}) : vous ne pouvez pas y écrire. Rien n'a été enregistré. ` +
        `Demandez au propriétaire du classeur ou à un administrateur de vous ajouter aux éditeurs de cette protection ` +
        `(Données → Protéger des feuilles et des plages) ou de la retirer, puis recommencez.`,
    );
    this.name = 'ProtectedSheetError';
  }
}

/** A block written during the request and what its cells held before, as inputs to write back. */
interface UndoStep {
  sheet: Sheet;
  row: number;
  column: number;
  before: SheetCell[][];
}

/** Cells as read, turned into inputs that write them back unchanged (text stays text, never a formula or number). */
export function asInputs(cells: readonly (readonly SheetCell[])[]): SheetCell[][] {
  return cells.map((r) => r.map((c) => escapeForSheet(c)));
}

export interface WriteLog {
  steps: UndoStep[];
  /** Run after the blocks are put back (e.g. the Journal's head goes back to what it was). */
  onUndo: (() => void)[];
}

/** "cellules B2:D3" (French wording of the block, for the message). */
export function cellsLabel(row: number, column: number, numRows: number, numColumns: number): string {
  const start = `${columnLetter(column)}${row}`;
  return numRows === 1 && numColumns === 1 ? `cellule ${start}` : `cellules ${start}:${columnLetter(column + numColumns - 1)}${row + numRows - 1}`;
}

/** Runs one Sheets write on `sheet`; a refusal by a protection is rethrown in French, naming `where`. */
export function guardWrite<T>(sheet: Sheet, where: string, write: () => T): T {
  try {
    return write();
  } catch (e) {
    // Duck-typed: Apps Script's exceptions are not always instances of this realm's Error.
    if (PROTECTED.test(String((e as { message?: unknown } | null)?.message ?? ''))) throw new ProtectedSheetError(sheet.getName(), where);
    throw e;
  }
}

/**
 * Writes `values` at (row, column) in one setValues and logs the block for undo. `before`: inputs
 * that restore the cells (see asInputs); omitted for cells that were empty (new rows).
 */
export function writeBlock(ctx: StoreContext, sheet: Sheet, row: number, column: number, values: SheetCell[][], before?: SheetCell[][]): void {
  const [numRows, numColumns] = [values.length, values[0].length];
  guardWrite(sheet, cellsLabel(row, column, numRows, numColumns), () => sheet.getRange(row, column, numRows, numColumns).setValues(values));
  ctx.writeLog?.steps.push({ sheet, row, column, before: before ?? values.map((r) => r.map(() => '')) });
}

/** Logs a row written by appendRow (its row number known to the caller). */
export function logAppendedRow(ctx: StoreContext, sheet: Sheet, row: number, width: number): void {
  ctx.writeLog?.steps.push({ sheet, row, column: 1, before: [new Array<SheetCell>(width).fill('')] });
}

/**
 * After an effect that cannot be undone (an e-mail sent): the writes so far, and their Journal
 * entries, stay even if a later write is refused (undoing a sent-log row would send the mail twice).
 */
export function keepWritesSoFar(ctx: StoreContext): void {
  if (!ctx.writeLog) return;
  ctx.writeLog.steps = [];
  ctx.writeLog.onUndo = [];
}

/**
 * Runs a mutation; when a write is refused by a protection, puts back every block written before it
 * (last first) and rethrows the French message. Other errors leave the writes as they are.
 */
export function withRollback<T>(ctx: StoreContext, fn: () => T): T {
  if (ctx.writeLog) return fn();
  const log: WriteLog = { steps: [], onUndo: [] };
  ctx.writeLog = log;
  try {
    return fn();
  } catch (e) {
    if (e instanceof ProtectedSheetError) {
      undo(log.steps);
      for (const restore of [...log.onUndo].reverse()) restore();
    }
    throw e;
  } finally {
    ctx.writeLog = undefined;
  }
}

function undo(steps: readonly UndoStep[]): void {
  for (const s of [...steps].reverse()) s.sheet.getRange(s.row, s.column, s.before.length, s.before[0].length).setValues(s.before);
}
