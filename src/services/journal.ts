/** The append-only audit log (sheet Journal): who changed what, when, before → after. */
import type { CellData } from '../domain/schema/field';
import { JOURNAL } from '../domain/schema/tables';
import { toCell, type SheetCell } from './cells';
import { mapHeaders, MissingColumnsError } from './header-map';
import type { StoreContext } from './store-context';
import { SheetMissingError } from './store-errors';

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

/** Runs fn with journal entries batched; they are written even if fn fails midway (those writes happened). */
export function withJournalBatch<T>(ctx: StoreContext, fn: () => T): T {
  if (ctx.pendingJournal) return fn();
  ctx.pendingJournal = [];
  try {
    return fn();
  } finally {
    const entries = ctx.pendingJournal;
    ctx.pendingJournal = undefined;
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
  // One entry (the usual case): appendRow finds the end and grows the sheet in a single call.
  if (rows.length === 1) {
    sheet.appendRow(rows[0]);
    return;
  }
  const first = sheet.getLastRow() + 1;
  const needed = first + rows.length - 1 - sheet.getMaxRows();
  if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed);
  sheet.getRange(first, 1, rows.length, width).setValues(rows);
}

/** Row 1 up to the last column with content, in one call; empty for an empty sheet. */
function headerRow(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[] {
  try {
    return sheet.getSheetValues(1, 1, 1, -1)[0];
  } catch {
    return [];
  }
}
