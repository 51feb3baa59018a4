/**
 * `npm run bench`: service calls and CPU time per operation at 1k, 10k and 50k rows,
 * counted by the emulator on the real built Code.js (reads) and the store (writes).
 * Results go to stdout and test-artifacts/bench.json.
 */
import { userInput } from '../../src/domain/records/validate';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { createDemoWorkbook } from '../../src/dev/sandbox/demo-workbook';
import { syntheticPartners } from './synthetic';
import { BENCH_USER, benchWorkbook, dropWeekExtracts, editByHand } from './workbook';
import { alertRun, seedCommitments } from './alerts';

interface Measure {
  rows: number;
  operation: string;
  sheetsCalls: number;
  allCalls: number;
  cpuMs: number;
  /** Bytes of JSON the call returns (what google.script.run ships to the sidebar); 0 for store operations. */
  bytes: number;
  calls: Record<string, number>;
  /** Hourly runs needed to finish (the « alertes » scan). */
  runs?: number;
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
  const { wb, asStaff, table } = benchWorkbook(n);
  const user = { user: BENCH_USER };
  const middle = (prefix: string) => `${prefix}-${String(Math.ceil(n / 2)).padStart(4, '0')}`;
  const read = (operation: string, fn: () => unknown) => results.push(measure(n, operation, wb, fn));
  read('searchPartners (sidebar opens)', () => wb.call('searchPartners', [], user));
  read('searchPartners « Afficher plus »', () => wb.call('searchPartners', [{ offset: 30 }], user));
  read('search, contacts index built', () => wb.call('searchPartners', [{ query: `contact${Math.ceil(n / 4)}@` }], user));
  read('search by name (index cached)', () => wb.call('searchPartners', [{ query: `OP${Math.ceil(n / 2)}` }], user));
  read('search by contact (index cached)', () => wb.call('searchPartners', [{ query: `contact${Math.ceil(n / 3)}@` }], user));
  read('getBoard (pipeline opens)', () => wb.call('getBoard', [{}], user));
  read('getBoard filtered by owner', () => wb.call('getBoard', [{ owner: BENCH_USER }], user));
  read('loadMoreCards (Afficher plus)', () => wb.call('loadMoreCards', ['Contact', 8, {}], user));
  dropWeekExtracts(wb);
  read('Ma semaine (cold)', () => wb.call('getMyWeek', [], user));
  // The extracts the cold opening kept are what every Pacte write and the hourly job put again.
  read('Ma semaine (cache warm)', () => wb.call('getMyWeek', [], user));
  editByHand(wb, 'Partenaires', 'Prochaine action', 1, 'Préparer la mission');
  read('Ma semaine (after hand edit)', () => wb.call('getMyWeek', [], user));
  read('getPartner (partner page)', () => wb.call('getPartner', [middle('PAR')], user));
  read('moveOpportunity (1 row + Journal)', () => wb.call('moveOpportunity', [middle('OPP'), 'Négociation'], user));
  read('read Partenaires table', () => void asStaff(() => table().all()));
  read('update one row (+ Journal)', () => void asStaff(() => table().update(middle('PAR'), userInput({ region: 'Tombouctou', stage: 'Analyse' }))));
  read('append 100 rows (+ Journal)', () => void asStaff(() => table().insert(syntheticPartners(100).map((r) => userInput(r)))));
}

// The « alertes » job over n commitments, on a workbook of 1 000 partners (n of each would pass Sheets' 10 M cells):
// the first hourly run (scan, queue, sends within the quota), then the runs until the day is queued.
for (const n of SIZES) {
  const bench = benchWorkbook(1000);
  seedCommitments(bench, n);
  let last: ReturnType<typeof alertRun>;
  results.push(measure(n, `alertes : scan de ${n} engagements`, bench.wb, () => (last = alertRun(bench))));
  let runs = 1;
  for (; !last?.complete && runs < 48; runs++) {
    bench.wb.world.clock.advance(3_600_000);
    last = alertRun(bench);
  }
  results[results.length - 1].runs = runs;
}

// « Engagements : ouverture »: what the view asks first (the user's first page and the compliance rates) over n commitments.
for (const n of SIZES.filter((s) => s >= 10000)) {
  const bench = benchWorkbook(1000);
  seedCommitments(bench, n);
  results.push(
    measure(n, 'Engagements : ouverture', bench.wb, () => [
      bench.wb.call('listCommitments', [{ by: 'owner', key: 'resp7@ajcad-mali.org', window: 'all' }], { user: BENCH_USER }),
      bench.wb.call('commitmentCompliance', [], { user: BENCH_USER }),
    ]),
  );
}

// A monthly report (generateReport: every table read once, the Doc written with its charts) over 10 000 partners and 50 000 commitments.
if (SIZES.some((s) => s >= 10000)) {
  const bench = benchWorkbook(10000);
  seedCommitments(bench, 50000);
  const today = new Date(bench.wb.world.clock.now());
  const month = { kind: 'mensuel' as const, year: today.getUTCFullYear(), month: today.getUTCMonth() + 1 };
  results.push(measure(10000, 'Rapport mensuel (50 000 engagements)', bench.wb, () => bench.wb.call('generateReport', [month], { user: BENCH_USER })));
}

const pad = (s: string | number, w: number) => String(s).padEnd(w);
console.log(`${pad('rows', 7)}${pad('operation', 36)}${pad('Sheets calls', 14)}${pad('all calls', 11)}${pad('CPU ms', 10)}bytes returned`);
for (const r of results)
  console.log(
    `${pad(r.rows, 7)}${pad(r.operation, 36)}${pad(r.sheetsCalls, 14)}${pad(r.allCalls, 11)}${pad(r.cpuMs, 10)}${r.bytes || '—'}${r.runs ? ` (${r.runs} exécution(s))` : ''}`,
  );
mkdirSync(join(process.cwd(), 'test-artifacts'), { recursive: true });
writeFileSync(join(process.cwd(), 'test-artifacts', 'bench.json'), JSON.stringify(results, null, 2));
