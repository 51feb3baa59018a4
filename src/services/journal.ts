/** The append-only audit log (sheet Journal): who changed what, when, before → after. */
import type { CellData } from '../domain/schema/field';
import { JOURNAL } from '../domain/schema/tables';
import { toCell, type SheetCell } from './cells';
import { mapHeaders, MissingColumnsError } from './header-map';
import type { StoreContext } from './store-context';
import { SheetMissingError } from './store-errors';
import { spillLongCells } from './long-texts';
import { guardWrite, rolledBack, writeBlock } from './write-guard';

export interface JournalEntry {
  sheet: string;
  recordId: string;
  action: string;
  field: string;
  before: CellData;
  after: CellData;
}

/**
 * Journals entries: straight away, or — inside `withJournalBatch` — at the end of the request,
 * so a request that changes several records appends one Journal block, not one per record.
 */
export function appendJournal(ctx: StoreContext, entries: readonly JournalEntry[]): void {
  if (entries.length === 0) return;
  if (ctx.pendingJournal) ctx.pendingJournal.push(...entries);
  else writeJournal(ctx, entries);
}

/**
 * Runs fn with journal entries batched; they are written even if fn fails midway (those writes
 * happened), except the entries of writes a protection refusal rolls back (see write-guard).
 */
export function withJournalBatch<T>(ctx: StoreContext, fn: () => T): T {
  if (ctx.pendingJournal) return fn();
  ctx.pendingJournal = [];
  let failure: unknown = null;
  try {
    return fn();
  } catch (e) {
    failure = e;
    throw e;
  } finally {
    let entries = ctx.pendingJournal;
    ctx.pendingJournal = undefined;
    if (failure && rolledBack(ctx, failure)) entries = entries.slice(0, ctx.writeLog!.keptJournal);
    writeJournal(ctx, entries);
  }
}

/** Appends all entries in one write; reads only the header row, never the whole log. */
function writeJournal(ctx: StoreContext, entries: readonly JournalEntry[]): void {
  if (entries.length === 0) return;
  const sheet = ctx.spreadsheet.getSheetByName(JOURNAL.sheetName);
  if (!sheet) throw new SheetMissingError(JOURNAL.sheetName);
  const header = headerRow(sheet);
  const width = header.length;
  const { columns, missing } = mapHeaders(JOURNAL, header);
  if (missing.length) throw new MissingColumnsError(JOURNAL.sheetName, missing);
  const at = ctx.stamp();
  const rows = entries.map((e) => {
    const rec: Record<string, CellData> = { at, user: ctx.user, ...e, before: String(e.before ?? ''), after: String(e.after ?? '') };
    const row: SheetCell[] = new Array(width).fill('');
    for (const f of JOURNAL.fields) row[columns.get(f.key)!] = toCell(f, rec[f.key] ?? '', ctx.timeZone);
    return row;
  });
  spillLongCells(ctx, rows, (_, j) => `${JOURNAL.sheetName} › ${String(header[j])}`);
  // One entry (the usual case): appendRow finds the end and grows the sheet in a single call.
  // The Journal is the request's last write: a refused one leaves nothing of its own to undo.
  if (rows.length === 1) {
    guardWrite(sheet, 'nouvelle ligne', () => sheet.appendRow(rows[0]));
    return;
  }
  const first = sheet.getLastRow() + 1;
  const max = sheet.getMaxRows();
  const needed = first + rows.length - 1 - max;
  if (needed > 0) guardWrite(sheet, `lignes ajoutées après la ligne ${max}`, () => sheet.insertRowsAfter(max, needed));
  writeBlock(ctx, sheet, first, 1, rows);
}

/** Row 1 up to the last column with content, in one call; empty for an empty sheet. */
function headerRow(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[] {
  try {
    return sheet.getSheetValues(1, 1, 1, -1)[0];
  } catch {
    return [];
  }
}
