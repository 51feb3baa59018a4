/**
 * The sheets a user may import partners from (any sheet that is not Pacte's), read in one call.
 */
import { isPacteSheet } from '../domain/import/pacte-sheets';
import type { SourceCell } from '../domain/import/plan';
import type { StoreContext } from './store-context';
import { toLocalDate } from '../domain/format/time-zone';

export function importableSheetNames(ctx: StoreContext): string[] {
  return ctx.spreadsheet
    .getSheets()
    .map((s) => s.getName())
    .filter((n) => !isPacteSheet(n));
}

const isDate = (v: unknown): v is Date => typeof v === 'object' && v !== null && Object.prototype.toString.call(v) === '[object Date]';

/** Whole sheet in one getSheetValues call; dates become "YYYY-MM-DD" in the spreadsheet's zone. */
export function readSheetCells(ctx: StoreContext, name: string): SourceCell[][] | null {
  const sheet = ctx.spreadsheet.getSheetByName(name);
  if (!sheet) return null;
  let values: unknown[][];
  try {
    values = sheet.getSheetValues(1, 1, -1, -1);
  } catch {
    values = [];
  }
  return values.map((row) =>
    row.map((c): SourceCell => {
      if (isDate(c)) return toLocalDate(c, ctx.timeZone);
      if (typeof c === 'boolean') return c ? 'Oui' : 'Non';
      if (typeof c === 'number') return c;
      return c === null || c === undefined ? '' : String(c);
    }),
  );
}

/** The import's port (src/app/ports/import-sheets.ts) over this workbook. */
export function importSheetsFor(ctx: StoreContext) {
  return {
    importable: () => importableSheetNames(ctx),
    read: (name: string) => readSheetCells(ctx, name),
  };
}
