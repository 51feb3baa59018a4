/** Reading and writing a demo workbook's sheets in tests: through Pacte's store, or as the user sees them. */
import type { World } from '../../src/dev/emulator';
import type { DataRecord, TableSpec } from '../../src/domain/schema/field';
import { SheetTable } from '../../src/services/sheet-table';
import { userInput } from '../../src/domain/records/validate';
import { createStoreContext } from '../../src/services/store-context';
import { toLocalDate, toLocalDateTime } from '../../src/domain/format/time-zone';
import { USERS } from './workbooks';

/** Any workbook a test made: what these helpers read is its world. */
type Workbook = { world: World };

const TZ = 'Africa/Bamako';
const { admin } = USERS;

/** Runs `fn` with an administrator's store context, in one execution of the workbook's world. */
export function store<T>(w: Workbook, fn: (ctx: ReturnType<typeof createStoreContext>) => T): T {
  return w.world.run(() => fn(createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), admin)), { user: admin, cause: 'test' });
}

/** A table's records as Pacte's store reads them. */
export function records(w: Workbook, spec: TableSpec): DataRecord[] {
  return store(w, (ctx) =>
    SheetTable.open(ctx, spec)
      .all()
      .map((s) => s.record),
  );
}

/** Rows typed into a table through Pacte's store, as an administrator; returns their IDs. */
export function seedRows(w: Workbook, spec: TableSpec, inputs: Record<string, unknown>[]): string[] {
  return store(w, (ctx) =>
    SheetTable.open(ctx, spec)
      .insert(inputs.map((r) => userInput(r)))
      .map((r) => String(r.id ?? '')),
  );
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** A cell as a user reads it: dates as "YYYY-MM-DD" (or with the time when there is one). */
export function show(v: unknown): unknown {
  if (!isDate(v)) return v;
  const dt = toLocalDateTime(v, TZ);
  return dt.endsWith('T00:00:00') ? toLocalDate(v, TZ) : dt;
}

/** Whole sheet as getValues gives it (header row first). */
export function values(wb: Workbook, sheet: string): unknown[][] {
  return wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet)!.getDataRange().getValues());
}

/** Rows below the header as header → cell (each cell passed through `cell`, as it is by default). */
export function byHeader(table: unknown[][], cell: (v: unknown) => unknown = (v) => v): Record<string, unknown>[] {
  const [header, ...data] = table;
  return data.map((r) => Object.fromEntries(header.map((h, i) => [String(h), cell(r[i])])));
}

/** Data rows as header → value (dates shown as the user reads them). */
export function rows(wb: Workbook, sheet: string): Record<string, unknown>[] {
  return byHeader(values(wb, sheet), show);
}
