/** The bench's workbook: `n` partners, `n` opportunities and `n` contacts on the demo workbook, settings cached. */
import { userInput } from '../../src/domain/records/validate';
import type { TableSpec } from '../../src/domain/schema/field';
import { createDemoWorkbook } from '../../src/dev/sandbox/demo-workbook';
import { DEMO_USERS } from '../../src/dev/sandbox/demo-data';
import { CONTACTS, OPPORTUNITIES, PARTNERS } from '../../src/domain/schema/tables';
import { SheetTable } from '../../src/services/sheet-table';
import { createStoreContext } from '../../src/services/store-context';
import { syntheticContacts, syntheticOpportunities, syntheticPartners } from './synthetic';
import { _advanceTime, _runSimpleTrigger } from '../../src/dev/emulator/script';
import { WEEK_SHEETS } from '../../src/services/week-cache';

export const BENCH_USER = DEMO_USERS.chargee;

export function benchWorkbook(n: number) {
  const wb = createDemoWorkbook({ partners: syntheticPartners(n) });
  const asStaff = <T>(fn: () => T): T => wb.world.run(fn, { user: BENCH_USER, cause: 'bench' });
  const table = (spec: TableSpec = PARTNERS) => SheetTable.open(createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), BENCH_USER), spec);
  asStaff(() => table(OPPORTUNITIES).insert(syntheticOpportunities(n, n).map((r) => userInput(r))));
  asStaff(() => table(CONTACTS).insert(syntheticContacts(n, n).map((r) => userInput(r))));
  wb.call('getSession', [], { user: BENCH_USER }); // warm the settings cache, as after the first opening
  return { wb, asStaff, table };
}

/** What one call costs: Sheets calls, all service calls, and the bytes of JSON it returns to the sidebar. */
export function costOf<T>(wb: ReturnType<typeof createDemoWorkbook>, fn: () => T) {
  wb.world.log.reset();
  const value = fn();
  return { sheetsCalls: wb.world.log.sheetsCalls(), allCalls: wb.world.log.total(), bytes: Buffer.byteLength(JSON.stringify(value ?? null)), value };
}

type Workbook = ReturnType<typeof createDemoWorkbook>;

/** Nothing of « Ma semaine » in the document cache (as 6 hours after the last write with no hourly job). */
export function dropWeekExtracts(wb: Workbook): void {
  wb.world.run(() => CacheService.getDocumentCache()!.removeAll(WEEK_SHEETS.map((s) => `pacte.week.${s}`)));
}

/** The hourly trigger runs once (the dispatcher puts every extract again). */
export function runHourlyJobs(wb: Workbook): void {
  _advanceTime(wb.world, 60 * 60 * 1000);
}

/** A cell typed by hand in `sheet` (column by header, data row `row`), then the onEdit trigger, as in Sheets. */
export function editByHand(wb: Workbook, sheet: string, header: string, row: number, value: unknown): void {
  const range = wb.world.run(
    () => {
      const s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet)!;
      const headers = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0].map(String);
      const r = s.getRange(row + 1, headers.indexOf(header) + 1);
      r.setValue(value);
      return r;
    },
    { user: BENCH_USER },
  );
  _runSimpleTrigger(wb.world, 'onEdit', { range, source: range.getSheet().getParent() }, { user: BENCH_USER });
}
