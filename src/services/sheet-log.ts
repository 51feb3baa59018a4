/**
 * Append-only writes and narrow reads for the logs (« Réponses », « Envois enquêtes »…),
 * which grow with every response and recipient. SheetTable reads a whole table; here a
 * submission must cost the same number of calls whatever the number of past responses, so:
 * - `readColumns` reads the header row and only the named columns (one call per run of
 *   adjacent columns), never the whole table; `readWholeLog` reads every column, header
 *   included, in ONE call when the log is not open yet;
 * - `appendRecords` writes new rows below the last one in one block, through the same row
 *   encoder as SheetTable (cells.ts `encodeRow`): `=HYPERLINK(…)`, `+1`, `@x`, `1e5` stay text.
 * Columns are found by header text, so users may reorder them or add their own.
 */
import type { CellData, DataRecord, TableSpec } from '../domain/schema/field';
import { encodeRow, fromCell, toCell, type SheetCell } from './cells';
import { mapHeaders, openColumns } from './header-map';
import { MissingColumnsError, SheetMissingError } from '../domain/errors/store-errors';
import type { StoreContext } from './store-context';
import { expandCell, spillLongCells } from './long-texts';
import { guardWrite, logAppendedRow, writeBlock } from './write-guard';

export interface LogSheet {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  spec: TableSpec;
  /** Field key → 0-based column. */
  columns: Map<string, number>;
  width: number;
}

export function openLog(ctx: StoreContext, spec: TableSpec): LogSheet {
  const { sheet, columns, width } = openColumns(ctx, spec);
  return { sheet, spec, columns, width };
}

export interface ColumnRows {
  /** Sheet row (1-based) and the fields read. */
  rows: { row: number; record: DataRecord }[];
  /** Last row with content in the sheet (1 when only the header). */
  lastRow: number;
}

/** Reads only `fields` for every data row: one call per run of adjacent columns. */
export function readColumns(ctx: StoreContext, log: LogSheet, fields: readonly string[]): ColumnRows {
  const cols = fields
    .filter((f) => log.columns.has(f))
    .map((f) => [f, log.columns.get(f)!] as const)
    .sort((a, b) => a[1] - b[1]);
  const runs: { start: number; end: number }[] = [];
  for (const [, c] of cols) {
    const last = runs[runs.length - 1];
    if (last && c <= last.end + 1) last.end = Math.max(last.end, c);
    else runs.push({ start: c, end: c });
  }
  const blocks = runs.map((r) => ({ ...r, values: tryRead(() => log.sheet.getSheetValues(2, r.start + 1, -1, r.end - r.start + 1)) }));
  const count = Math.max(0, ...blocks.map((b) => b.values.length));
  const rows: ColumnRows['rows'] = [];
  for (let i = 0; i < count; i++) {
    const record: DataRecord = {};
    let empty = true;
    for (const [f, c] of cols) {
      const b = blocks.find((x) => c >= x.start && c <= x.end)!;
      const cell = b.values[i]?.[c - b.start] ?? '';
      if (cell !== '') empty = false;
      record[f] = fromCell(
        log.spec.fields.find((x) => x.key === f)!,
        expandCell(ctx, cell),
        ctx.timeZone,
      );
    }
    if (!empty) rows.push({ row: i + 2, record });
  }
  return { rows, lastRow: count + 1 };
}

/**
 * The whole log in ONE call (header and rows), as records with their row numbers, and the log
 * opened from that header; `lastRow` is exact (the last row with content), so a single new row can
 * be appended directly.
 */
export function readWholeLog(ctx: StoreContext, spec: TableSpec): ColumnRows & { log: LogSheet } {
  const sheet = ctx.spreadsheet.getSheetByName(spec.sheetName);
  if (!sheet) throw new SheetMissingError(spec.sheetName);
  const values = tryRead(() => sheet.getSheetValues(1, 1, -1, -1));
  const header = values[0] ?? [];
  const { columns, missing } = mapHeaders(spec, header);
  if (missing.length) throw new MissingColumnsError(spec.sheetName, missing);
  const layout = spec.fields.filter((f) => columns.has(f.key)).map((f) => [f, columns.get(f.key)!] as const);
  const rows: ColumnRows['rows'] = [];
  for (let i = 1; i < values.length; i++) {
    const cells = values[i];
    if (cells.every((c) => c === '')) continue;
    const record: DataRecord = {};
    for (const [f, c] of layout) record[f.key] = fromCell(f, expandCell(ctx, cells[c] ?? ''), ctx.timeZone);
    rows.push({ row: i + 1, record });
  }
  return { rows, lastRow: Math.max(1, values.length), log: { sheet, spec, columns, width: header.length } };
}

/**
 * Writes records below `lastRow` in one block (full width of the header; user columns left empty).
 * `exact`: the caller knows `lastRow` is the sheet's last row with content (it has just read the
 * whole sheet under the lock), so a single row is appended without asking getLastRow().
 */
export function appendRecords(
  ctx: StoreContext,
  log: LogSheet,
  lastRow: number,
  records: readonly Readonly<Record<string, CellData | undefined>>[],
  exact = false,
): void {
  if (records.length === 0) return;
  const block = records.map((r) => encodeRow(log.spec.fields, log.columns, r, ctx.timeZone, log.width));
  // A long answer keeps its beginning here and goes whole to « Textes longs ».
  spillLongCells(ctx, block, (_, j) => `${log.spec.sheetName} › ${log.spec.fields.find((f) => log.columns.get(f.key) === j)?.header ?? ''}`);
  if (block.length === 1 && (exact || lastRow === log.sheet.getLastRow())) {
    guardWrite(log.sheet, 'nouvelle ligne', () => log.sheet.appendRow(block[0]));
    logAppendedRow(ctx, log.sheet, lastRow + 1, log.width);
    return;
  }
  const first = lastRow + 1;
  const max = log.sheet.getMaxRows();
  if (first + block.length - 1 > max)
    guardWrite(log.sheet, `lignes ajoutées après la ligne ${max}`, () => log.sheet.insertRowsAfter(max, first + block.length - 1 - max));
  writeBlock(ctx, log.sheet, first, 1, block);
}

/**
 * Sets one field on scattered rows in one write: the block from the first to the last row of
 * that column, other rows rewritten with the values just read (`known`: row → current value).
 */
export function writeColumn(
  ctx: StoreContext,
  log: LogSheet,
  field: string,
  changes: ReadonlyMap<number, CellData>,
  known: ReadonlyMap<number, CellData>,
): void {
  if (changes.size === 0) return;
  const spec = log.spec.fields.find((f) => f.key === field)!;
  const rows = [...changes.keys()].sort((a, b) => a - b);
  const first = rows[0];
  const last = rows[rows.length - 1];
  const column: SheetCell[][] = [];
  const before: SheetCell[][] = [];
  for (let r = first; r <= last; r++) {
    column.push([toCell(spec, changes.has(r) ? changes.get(r)! : (known.get(r) ?? ''), ctx.timeZone)]);
    before.push([toCell(spec, known.get(r) ?? '', ctx.timeZone)]);
  }
  spillLongCells(ctx, column, () => `${log.spec.sheetName} › ${spec.header}`);
  writeBlock(ctx, log.sheet, first, log.columns.get(field)! + 1, column, before);
}

function tryRead(fn: () => unknown[][]): unknown[][] {
  try {
    return fn();
  } catch {
    return [];
  }
}
