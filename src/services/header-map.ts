/** Finds Pacte's columns by header text on row 1, wherever the user moved them. */
import type { TableSpec } from '../domain/schema/field';
import { foldText } from '../domain/records/normalise';
import { MissingColumnsError, SheetMissingError } from '../domain/errors/store-errors';
import type { StoreContext } from './store-context';

/**
 * Field key → 0-based column index. Unknown headers are the user's own columns and are left alone.
 * `missing`: headers Pacte cannot work without; `absent`: every header not found (columns a later
 * version added included), which « Initialiser » adds.
 */
export function mapHeaders(spec: TableSpec, headerRow: readonly unknown[]): { columns: Map<string, number>; missing: string[]; absent: string[] } {
  const byHeader = new Map<string, number>();
  headerRow.forEach((h, i) => {
    const key = foldText(String(h ?? ''));
    if (key && !byHeader.has(key)) byHeader.set(key, i);
  });
  const columns = new Map<string, number>();
  const absent: string[] = [];
  for (const f of spec.fields) {
    const i = byHeader.get(foldText(f.header));
    if (i === undefined) absent.push(f.header);
    else columns.set(f.key, i);
  }
  const missing = absent.filter((h) => !spec.fields.some((f) => f.header === h && f.addedLater));
  return { columns, missing, absent };
}

/** A sheet of Pacte's with its header row read once and its columns found (logs: Journal, « Textes longs », survey logs). */
export interface SheetColumns {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  header: unknown[];
  /** Field key → 0-based column. */
  columns: Map<string, number>;
  width: number;
}

/** Finds the sheet and its columns in one call (row 1 only). Throws SheetMissingError / MissingColumnsError. */
export function openColumns(ctx: StoreContext, spec: TableSpec): SheetColumns {
  const sheet = ctx.spreadsheet.getSheetByName(spec.sheetName);
  if (!sheet) throw new SheetMissingError(spec.sheetName);
  const header = headerRow(sheet);
  const { columns, missing } = mapHeaders(spec, header);
  if (missing.length) throw new MissingColumnsError(spec.sheetName, missing);
  return { sheet, header, columns, width: header.length };
}

/** Row 1 up to the last column with content, in one call; empty for an empty sheet. */
function headerRow(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[] {
  try {
    return sheet.getSheetValues(1, 1, 1, -1)[0] ?? [];
  } catch {
    return [];
  }
}
