/**
 * `npm run bench`: service calls and CPU time per operation at 1k, 10k and 50k rows,
 * counted by the emulator on the real built Code.js (reads) and the store (writes).
 * Results go to stdout and test-artifacts/bench.json.
 */
import { userInput } from '../../src/domain/records/validate';
import type { TableSpec } from '../../src/domain/schema/field';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDemoWorkbook } from '../../src/dev/sandbox/demo-workbook';
import { DEMO_USERS } from '../../src/dev/sandbox/demo-data';
import { CONTACTS, OPPORTUNITIES, PARTNERS } from '../../src/domain/schema/tables';
import { SheetTable } from '../../src/services/sheet-table';
import { createStoreContext } from '../../src/services/store-context';
import { syntheticContacts, syntheticOpportunities, syntheticPartners } from './synthetic';

interface Measure {
  rows: number;
  operation: string;
  sheetsCalls: number;
  allCalls: number;
  cpuMs: number;
  /** Bytes of JSON the call returns (what google.script.run ships to the sidebar); 0 for store operations. */
  bytes: number;
  calls: Record<string, number>;
}

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);

function measure(rows: number, operation: string, wb: ReturnType<typeof createDemoWorkbook>, fn: () => unknown): Measure {
  wb.world.log.reset();
  const start = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(start);
  return {
    rows,
    operation,
    sheetsCalls: wb.world.log.sheetsCalls(),
    allCalls: wb.world.log.total(),
    cpuMs: Math.round((used.user + used.system) / 100) / 10,
    bytes:
      operation.startsWith('read ') || operation.startsWith('update ') || operation.startsWith('append ')
        ? 0
        : Buffer.byteLength(JSON.stringify(value ?? null)),
    calls: wb.world.log.snapshot(),
  };
}

const results: Measure[] = [];
for (const n of SIZES) {
  const wb = createDemoWorkbook({ partners: syntheticPartners(n) });
  const asStaff = <T>(fn: () => T): T => wb.world.run(fn, { user: DEMO_USERS.chargee, cause: 'bench' });
  const table = (spec: TableSpec = PARTNERS) => SheetTable.open(createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), DEMO_USERS.chargee), spec);
  asStaff(() => table(OPPORTUNITIES).insert(syntheticOpportunities(n, n).map((r) => userInput(r))));
  asStaff(() => table(CONTACTS).insert(syntheticContacts(n, n).map((r) => userInput(r))));

  wb.call('listPartners', [], { user: DEMO_USERS.chargee }); // warm the settings cache, as after the first opening
  results.push(measure(n, 'listPartners (sidebar opens)', wb, () => wb.call('listPartners', [], { user: DEMO_USERS.chargee })));
  results.push(measure(n, 'listContacts (search data)', wb, () => wb.call('listContacts', [], { user: DEMO_USERS.chargee })));
  results.push(measure(n, 'getBoard (pipeline opens)', wb, () => wb.call('getBoard', [{}], { user: DEMO_USERS.chargee })));
  results.push(measure(n, 'getBoard filtered by owner', wb, () => wb.call('getBoard', [{ owner: DEMO_USERS.chargee }], { user: DEMO_USERS.chargee })));
  results.push(
    measure(n, 'moveOpportunity (1 row + Journal)', wb, () =>
      wb.call('moveOpportunity', [`OPP-${String(Math.ceil(n / 2)).padStart(4, '0')}`, 'Négociation'], { user: DEMO_USERS.chargee }),
    ),
  );
  results.push(measure(n, 'getMyWeek', wb, () => wb.call('getMyWeek', [], { user: DEMO_USERS.chargee })));
  results.push(measure(n, 'read Partenaires table', wb, () => void asStaff(() => table().all())));
  const target = `PAR-${String(Math.ceil(n / 2)).padStart(4, '0')}`;
  results.push(
    measure(n, 'update one row (+ Journal)', wb, () => void asStaff(() => table().update(target, userInput({ region: 'Tombouctou', stage: 'Analyse' })))),
  );
  results.push(measure(n, 'append 100 rows (+ Journal)', wb, () => void asStaff(() => table().insert(syntheticPartners(100).map((r) => userInput(r))))));
}

const pad = (s: string | number, w: number) => String(s).padEnd(w);
console.log(`${pad('rows', 7)}${pad('operation', 36)}${pad('Sheets calls', 14)}${pad('all calls', 11)}${pad('CPU ms', 10)}bytes returned`);
for (const r of results)
  console.log(`${pad(r.rows, 7)}${pad(r.operation, 36)}${pad(r.sheetsCalls, 14)}${pad(r.allCalls, 11)}${pad(r.cpuMs, 10)}${r.bytes || '—'}`);
mkdirSync(join(process.cwd(), 'test-artifacts'), { recursive: true });
writeFileSync(join(process.cwd(), 'test-artifacts', 'bench.json'), JSON.stringify(results, null, 2));
