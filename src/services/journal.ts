/**
 * The append-only audit log (sheet Journal): who changed what, when, before → after.
 *
 * Written *before* the data it describes (the store calls appendJournal, then writes its block), so a
 * failure between the two leaves an entry announcing a change not yet made — which the retry of the
 * same request makes — never a change without its entry. Each entry carries its request ID and an
 * « empreinte » chained to the previous entry's (domain/journal/chain.ts); the last empreinte is kept
 * in document properties, so appending never re-reads the Journal (one getLastRow to check it).
 */
import type { DataRecord } from '../domain/schema/field';
import { JOURNAL } from '../domain/schema/tables';
import { chainInput, type ChainHead } from '../domain/journal/chain';
import { sha256Hex } from '../domain/journal/sha256';
import { encodeRow, fromCell } from './cells';
import { openColumns } from './header-map';
import type { StoreContext } from './store-context';
import type { JournalEntry } from '../store/store';
import { expandCell, spillLongCells } from './long-texts';
import { guardWrite, logAppendedRow, writeBlock } from './write-guard';

export type { JournalEntry };

export const JOURNAL_HEAD_KEY = 'pacte.journal.head';

/** What one execution knows of the Journal after its first append (no second header read). */
export interface JournalState {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  header: unknown[];
  columns: Map<string, number>;
  head: ChainHead;
  /** Entries an earlier attempt of the current request wrote (retry only): key → count. */
  written?: Map<string, number>;
}

/** SHA-256 in hex, computed in the script (no service call per entry; equal to Utilities.computeDigest's). */
const sha256 = sha256Hex;

export function readHead(all?: Record<string, string>): ChainHead {
  const json = all ? all[JOURNAL_HEAD_KEY] : PropertiesService.getDocumentProperties().getProperty(JOURNAL_HEAD_KEY);
  try {
    const h = json ? (JSON.parse(json) as ChainHead) : null;
    return h && typeof h.row === 'number' && typeof h.hash === 'string' ? h : { row: 1, hash: '' };
  } catch {
    return { row: 1, hash: '' };
  }
}

/** Journals entries now; callers call it before writing the data the entries describe. */
export function appendJournal(ctx: StoreContext, entries: readonly JournalEntry[]): void {
  if (entries.length === 0) return;
  const state = journalState(ctx);
  const fresh = ctx.run?.retry ? notYetWritten(ctx, state, entries) : entries;
  if (fresh.length) writeJournal(ctx, state, fresh);
}

const entryKey = (sheet: unknown, recordId: unknown, action: unknown, field: unknown) => [sheet, recordId, action, field].map(String).join('\u0001');

/** On a retry: drops the entries the earlier attempt already wrote (same request ID, below its starting row). */
function notYetWritten(ctx: StoreContext, state: JournalState, entries: readonly JournalEntry[]): JournalEntry[] {
  if (!state.written) {
    state.written = new Map();
    const from = ctx.run!.journalFrom + 1;
    const last = state.sheet.getLastRow();
    if (last >= from) {
      const col = (k: string) => state.columns.get(k)!;
      for (const r of state.sheet.getRange(from, 1, last - from + 1, state.header.length).getValues()) {
        if (String(r[col('requestId')]) !== ctx.run!.id) continue;
        const key = entryKey(r[col('sheet')], r[col('recordId')], r[col('action')], r[col('field')]);
        state.written.set(key, (state.written.get(key) ?? 0) + 1);
      }
    }
  }
  return entries.filter((e) => {
    const key = entryKey(e.sheet, e.recordId, e.action, e.field);
    const n = state.written!.get(key) ?? 0;
    if (n > 0) state.written!.set(key, n - 1);
    return n === 0;
  });
}

function journalState(ctx: StoreContext): JournalState {
  if (ctx.journal) return ctx.journal;
  const { sheet, header, columns } = openColumns(ctx, JOURNAL);
  ctx.journal = { sheet, header, columns, head: reconcile(ctx, sheet, header, columns, readHead()) };
  return ctx.journal;
}

/**
 * The head as it should be: when the sheet has more rows than the head says (an earlier append
 * wrote its rows but failed before saving the head), the rows that chain from the head are adopted.
 * Rows deleted or added by hand are left for the Diagnostic to report; the chain goes on from the head.
 */
function reconcile(ctx: StoreContext, sheet: GoogleAppsScript.Spreadsheet.Sheet, header: unknown[], columns: Map<string, number>, head: ChainHead): ChainHead {
  const last = sheet.getLastRow();
  if (last <= head.row) return { row: last, hash: head.hash };
  const rows = sheet.getRange(head.row + 1, 1, last - head.row, header.length).getValues();
  let hash = head.hash;
  for (const cells of rows) {
    const rec = journalRecord(ctx, cells, columns);
    if (!rec.hash || rec.hash !== sha256(chainInput(hash, rec))) return { row: last, hash: head.hash };
    hash = rec.hash;
  }
  return { row: last, hash };
}

/** One Journal row as its empreinte covers it: long texts joined back from « Textes longs », as they were written. */
export function journalRecord(ctx: StoreContext, cells: readonly unknown[], columns: Map<string, number>): DataRecord {
  const rec: DataRecord = {};
  for (const f of JOURNAL.fields) rec[f.key] = fromCell(f, expandCell(ctx, cells[columns.get(f.key)!]), ctx.timeZone);
  return rec;
}

/** Appends the entries in one write, each with its empreinte, then saves the new head. */
function writeJournal(ctx: StoreContext, state: JournalState, entries: readonly JournalEntry[]): void {
  const { sheet, header, columns } = state;
  const width = header.length;
  const at = ctx.stamp();
  let hash = state.head.hash;
  const rows = entries.map((e) => {
    const rec: DataRecord = { at, user: ctx.user, ...e, before: String(e.before ?? ''), after: String(e.after ?? ''), requestId: ctx.run?.id ?? '' };
    hash = sha256(chainInput(hash, rec));
    rec.hash = hash;
    return encodeRow(JOURNAL.fields, columns, rec, ctx.timeZone, width);
  });
  spillLongCells(ctx, rows, (_, j) => `${JOURNAL.sheetName} › ${String(header[j])}`);
  const first = state.head.row + 1;
  if (rows.length === 1) {
    // One entry (the usual case): appendRow finds the end and grows the sheet in a single call.
    guardWrite(sheet, 'nouvelle ligne', () => sheet.appendRow(rows[0]));
    logAppendedRow(ctx, sheet, first, width);
  } else {
    const max = sheet.getMaxRows();
    const needed = first + rows.length - 1 - max;
    if (needed > 0) guardWrite(sheet, `lignes ajoutées après la ligne ${max}`, () => sheet.insertRowsAfter(max, needed));
    writeBlock(ctx, sheet, first, 1, rows);
  }
  saveHead(ctx, state, { row: first + rows.length - 1, hash });
}

function saveHead(ctx: StoreContext, state: JournalState, head: ChainHead): void {
  const before = state.head;
  PropertiesService.getDocumentProperties().setProperty(JOURNAL_HEAD_KEY, JSON.stringify(head));
  state.head = head;
  // A protection refusal later in the request blanks these rows again: the head goes back with them.
  ctx.writeLog?.onUndo.push(() => {
    PropertiesService.getDocumentProperties().setProperty(JOURNAL_HEAD_KEY, JSON.stringify(before));
    state.head = before;
  });
}
