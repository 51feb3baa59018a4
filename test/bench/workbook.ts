/** The bench's workbook: `n` partners, `n` opportunities and `n` contacts on the demo workbook, settings cached. */
import { userInput } from '../../src/domain/records/validate';
import type { TableSpec } from '../../src/domain/schema/field';
import { createDemoWorkbook } from '../../src/dev/sandbox/demo-workbook';
import { DEMO_USERS } from '../../src/dev/sandbox/demo-data';
import { CONTACTS, OPPORTUNITIES, PARTNERS } from '../../src/domain/schema/tables';
import { SheetTable } from '../../src/services/sheet-table';
import { createStoreContext } from '../../src/services/store-context';
import { syntheticContacts, syntheticOpportunities, syntheticPartners } from './synthetic';

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
