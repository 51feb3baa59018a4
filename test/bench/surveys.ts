/**
 * `node build/run-ts.mjs test/bench/surveys.ts`: service calls (of every kind) and CPU of the
 * survey results on the built Code.js — aggregating 10,000 responses across 20 campaigns
 * (getCampaignResults, cold: it has no cache of its own; « Réponses » rows carry the partner's type
 * and name), and the « Tableau satisfaction » refresh, at 1,000 and 10,000 past responses
 * (BENCH_SURVEY_SIZES to change). Each line splits the calls into the aggregation's and the
 * per-request overhead (the role check: Session, and CacheService for the settings and the time
 * zone; the document lock for the refresh, a write). Results: stdout and test-artifacts/bench-surveys.json.
 */
import { userInput } from '../../src/domain/records/validate';
import type { TableSpec } from '../../src/domain/schema/field';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDemoWorkbook } from '../../src/dev/sandbox/demo-workbook';
import { DEMO_USERS } from '../../src/dev/sandbox/demo-data';
import { CAMPAIGNS, RESPONSES } from '../../src/domain/surveys/tables';
import { SheetTable } from '../../src/services/sheet-table';
import { createStoreContext } from '../../src/services/store-context';
import { PARTNERS } from '../../src/domain/schema/tables';

interface Measure {
  responses: number;
  operation: string;
  sheetsCalls: number;
  allCalls: number;
  /** Calls of the work itself (everything but the overhead). */
  aggregationCalls: Record<string, number>;
  /** Per-request overhead: the role check (Session, User), CacheService (settings, time zone), the document lock of writes. */
  overheadCalls: Record<string, number>;
  cpuMs: number;
  calls: Record<string, number>;
}

const OVERHEAD = /^(Session\.|User\.|CacheService\.|Cache\.|LockService\.|Lock\.)/;

const SIZES = (process.env.BENCH_SURVEY_SIZES ?? '1000,10000').split(',').map(Number);
const CAMPAIGN_COUNT = 20;
const results: Measure[] = [];

for (const n of SIZES) {
  const wb = createDemoWorkbook();
  const user = { user: DEMO_USERS.admin };
  const seed = <T>(fn: (open: (spec: TableSpec) => SheetTable) => T): T =>
    wb.world.run(() => fn((spec) => SheetTable.open(createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), DEMO_USERS.admin), spec)), {
      user: DEMO_USERS.admin,
      cause: 'bench-seed',
    });
  const ids = seed((open) => {
    const t = open(CAMPAIGNS);
    const rows = t.insert(
      Array.from({ length: CAMPAIGN_COUNT }, (_, i) => ({
        title: `Campagne ${i + 1}`,
        period: '2025',
        status: 'En cours',
        language: 'Français',
        questionnaireVersion: 1,
        sendDate: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`,
        closingDate: '2026-12-31',
      })).map((r) => userInput(r)),
    );
    const fresh = open(CAMPAIGNS);
    fresh.writeComputed('sent', new Map(rows.map((r) => [fresh.getOrThrow(String(r.id)).row, Math.ceil((1.2 * n) / CAMPAIGN_COUNT)])));
    return rows.map((r) => String(r.id));
  });
  const partners = seed(
    (open) =>
      new Map(
        open(PARTNERS)
          .all()
          .map((p) => [String(p.record.id), { name: String(p.record.name), type: String(p.record.type) }]),
      ),
  );
  seed((open) =>
    open(RESPONSES).insert(
      Array.from({ length: n }, (_, i) => {
        const s = 1 + (i % 5);
        return {
          campaignId: ids[i % CAMPAIGN_COUNT],
          responseId: `R${i}`,
          token: `t${i}`,
          partnerId: `PAR-${String((i % 40) + 1).padStart(4, '0')}`,
          // As the receiving side stores them (copied from the sent-log).
          partnerName: partners.get(`PAR-${String((i % 40) + 1).padStart(4, '0')}`)?.name ?? '',
          partnerType: partners.get(`PAR-${String((i % 40) + 1).padStart(4, '0')}`)?.type ?? '',
          submittedAt: '2026-03-05T10:00',
          collaboration: s,
          communication: i % 4 ? s : null,
          commitments: 5,
          accountability: 4,
          addedValue: 3,
          resultsSharing: i % 3 ? 4 : null,
          nps: i % 11,
          comments: i % 9 === 0 ? `Commentaire ${i}` : '',
          flag: i % 97 === 0 ? 'doublon' : '',
        };
      }).map((r) => userInput(r)),
    ),
  );
  wb.call('getSession', [], user); // settings cached, as after the sidebar opened

  const measure = (operation: string, fn: () => void) => {
    wb.world.log.reset();
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    const calls = wb.world.log.snapshot();
    const part = (overhead: boolean) => Object.fromEntries(Object.entries(calls).filter(([k]) => OVERHEAD.test(k) === overhead));
    results.push({
      responses: n,
      operation,
      sheetsCalls: wb.world.log.sheetsCalls(),
      allCalls: wb.world.log.total(),
      aggregationCalls: part(false),
      overheadCalls: part(true),
      cpuMs: Math.round((used.user + used.system) / 100) / 10,
      calls,
    });
  };
  measure('getCampaignResults (cold: first call, no cache of its own)', () => wb.call('getCampaignResults', [ids[7]], user));
  measure('getCampaignResults (again)', () => wb.call('getCampaignResults', [ids[7]], user));
  measure('refreshSatisfactionSheet (first: sheet and chart created)', () => wb.call('refreshSatisfactionSheet', [], user));
  measure('refreshSatisfactionSheet (again: chart checked, not rebuilt)', () => wb.call('refreshSatisfactionSheet', [], user));
}

const pad = (s: string | number, w: number) => String(s).padEnd(w);
const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
const list = (m: Record<string, number>) =>
  Object.entries(m)
    .map(([k, v]) => `${k}×${v}`)
    .join(', ');
console.log(`${pad('responses', 11)}${pad('operation', 66)}${pad('Sheets', 8)}${pad('all', 6)}${pad('aggregation', 13)}${pad('overhead', 10)}CPU ms`);
for (const r of results) {
  console.log(
    `${pad(r.responses, 11)}${pad(r.operation, 66)}${pad(r.sheetsCalls, 8)}${pad(r.allCalls, 6)}${pad(sum(r.aggregationCalls), 13)}${pad(sum(r.overheadCalls), 10)}${r.cpuMs}`,
  );
  console.log(`${pad('', 11)}  aggregation: ${list(r.aggregationCalls)}`);
  console.log(`${pad('', 11)}  per-request overhead (role check, settings/time-zone cache, lock of writes): ${list(r.overheadCalls)}`);
}
mkdirSync(join(process.cwd(), 'test-artifacts'), { recursive: true });
writeFileSync(join(process.cwd(), 'test-artifacts', 'bench-surveys.json'), JSON.stringify(results, null, 2));
