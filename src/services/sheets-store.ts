/**
 * The Store over Google Sheets: tables through SheetTable (whole table in one read, changed cells
 * only, journaled), logs through the narrow reads and appends of sheet-log.ts, the Journal
 * through journal.ts, owned sheets through owned-sheet.ts. Every cell goes through one encoder
 * (cells.ts `encodeRow` / `toCell`) and every column is found by header (header-map.ts).
 */
import type { DataRecord, TableSpec } from '../domain/schema/field';
import type { Store, Table } from '../store/store';
import { SheetMissingError } from '../domain/errors/store-errors';
import { SheetTable } from './sheet-table';
import type { StoreContext } from './store-context';
import { toLocalDate } from '../domain/format/time-zone';
import { appendJournal } from './journal';
import { appendRecords, openLog, readColumns, readWholeLog, writeColumn, type LogSheet } from './sheet-log';
import { placeOwnedChart, rewriteOwnedSheet } from './owned-sheet';

/** The store of this execution: one per context, so each table is read once whoever asks for it. */
export function storeFor(ctx: StoreContext): Store {
  ctx.store ??= sheetsStore(ctx);
  return ctx.store;
}

function sheetsStore(ctx: StoreContext): Store {
  // Keyed by sheet: each spec has its own row type, recovered by `open`.
  const tables = new Map<string, SheetTable<TableSpec>>();
  const logs = new Map<string, LogSheet>();
  const open = <S extends TableSpec>(spec: S): SheetTable<S> => {
    let t = tables.get(spec.sheetName);
    if (!t) tables.set(spec.sheetName, (t = SheetTable.open(ctx, spec) as unknown as SheetTable<TableSpec>));
    return t as unknown as SheetTable<S>;
  };
  const log = (spec: TableSpec): LogSheet => {
    let l = logs.get(spec.sheetName);
    // A table already read whole in this execution gives its columns: no second header read.
    const t = tables.get(spec.sheetName);
    if (!l) logs.set(spec.sheetName, (l = t ? { sheet: t.sheet, spec, columns: t.columns, width: Math.max(...t.columns.values()) + 1 } : openLog(ctx, spec)));
    return l;
  };
  return {
    user: ctx.user,
    timeZone: ctx.timeZone,
    stamp: () => ctx.stamp(),
    today: () => toLocalDate(new Date(), ctx.timeZone),
    table: <S extends TableSpec>(spec: S): Table<S> => open(spec),
    tableOrNull<S extends TableSpec>(spec: S): Table<S> | null {
      try {
        return open(spec);
      } catch (e) {
        if (e instanceof SheetMissingError) return null;
        throw e;
      }
    },
    columns(spec, keys) {
      // Every column of a log not open yet: header and rows in one call (a submission's cost).
      if (!logs.has(spec.sheetName) && !tables.has(spec.sheetName) && spec.fields.every((f) => keys.includes(f.key as never))) {
        const whole = readWholeLog(ctx, spec);
        logs.set(spec.sheetName, whole.log);
        return { rows: whole.rows, lastRow: whole.lastRow } as never;
      }
      return readColumns(ctx, log(spec), keys) as never;
    },
    append(spec, rows, after) {
      const l = log(spec);
      // Without a known last row, the one read here is exact.
      appendRecords(ctx, l, after?.lastRow ?? l.sheet.getLastRow(), rows as readonly DataRecord[], after ? (after.exact ?? false) : true);
    },
    setColumn: (spec, field, changes, known) => writeColumn(ctx, log(spec), field, changes, known),
    journal: (entries) => appendJournal(ctx, entries),
    rewriteOwned(name, sheet) {
      const written = rewriteOwnedSheet(ctx, name, sheet, sheet.spareColumns ?? 0);
      if (sheet.chart !== undefined) placeOwnedChart(written, sheet.chart);
    },
  };
}
