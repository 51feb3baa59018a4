/**
 * `node build/run-ts.mjs test/bench/surveys.ts`: service calls and CPU of the survey results on
 * the built Code.js — aggregating 10,000 responses across 20 campaigns (getCampaignResults, warm
 * and cold partner join), and the « Tableau satisfaction » refresh that each submission triggers,
 * at 1,000 and 10,000 past responses (BENCH_SURVEY_SIZES to change). Results: stdout and
 * test-artifacts/bench-surveys.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDemoWorkbook } from '../../src/dev/sandbox/demo-workbook';
import { DEMO_USERS } from '../../src/dev/sandbox/demo-data';
import { CAMPAIGNS, RESPONSES } from '../../src/domain/surveys/tables';
import { SheetTable } from '../../src/services/sheet-table';
import { createStoreContext } from '../../src/services/store-context';

interface Measure {
  responses: number;
  operation: string;
  sheetsCalls: number;
  allCalls: number;
  cpuMs: number;
  calls: Record<string, number>;
}

const SIZES = (process.env.BENCH_SURVEY_SIZES ?? '1000,10000').split(',').map(Number);
const CAMPAIGN_COUNT = 20;
const results: Measure[] = [];

for (const n of SIZES) {
  const wb = createDemoWorkbook();
  const user = { user: DEMO_USERS.admin };
  const seed = <T>(fn: (open: (spec: typeof CAMPAIGNS) => SheetTable) => T): T =>
    wb.world.run(() => fn((spec) => SheetTable.open(createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), DEMO_USERS.admin), spec)), { user: DEMO_USERS.admin, cause: 'bench-seed' });
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
      })),
    );
    const fresh = open(CAMPAIGNS);
    fresh.writeComputed('sent', new Map(rows.map((r) => [fresh.getOrThrow(String(r.id)).row, Math.ceil((1.2 * n) / CAMPAIGN_COUNT)])));
    return rows.map((r) => String(r.id));
  });
  seed((open) =>
    open(RESPONSES).insert(
      Array.from({ length: n }, (_, i) => {
        const s = 1 + (i % 5);
        return {
          campaignId: ids[i % CAMPAIGN_COUNT],
          responseId: `R${i}`,
          token: `t${i}`,
          partnerId: `PAR-${String((i % 40) + 1).padStart(4, '0')}`,
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
      }),
    ),
  );
  wb.call('listPartners', [], user); // settings cached, as after the sidebar opened

  const measure = (operation: string, fn: () => void) => {
    wb.world.log.reset();
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    results.push({ responses: n, operation, sheetsCalls: wb.world.log.sheetsCalls(), allCalls: wb.world.log.total(), cpuMs: Math.round((used.user + used.system) / 100) / 10, calls: wb.world.log.snapshot() });
  };
  measure('refreshSatisfactionSheet (first: sheet and chart created)', () => wb.call('refreshSatisfactionSheet', [], user));
  measure('refresh after one submission (what the trigger runs)', () => wb.call('refreshSatisfactionSheet', [], user));
  measure('getCampaignResults (join cached)', () => wb.call('getCampaignResults', [ids[7]], user));
  wb.world.run(() => CacheService.getDocumentCache()!.removeAll(ids.map((id) => `pacte.surveys.respondents.v1.${id}`)));
  measure('getCampaignResults (cold: Partenaires read)', () => wb.call('getCampaignResults', [ids[7]], user));
}

const pad = (s: string | number, w: number) => String(s).padEnd(w);
console.log(`${pad('responses', 11)}${pad('operation', 80)}${pad('Sheets calls', 14)}${pad('all calls', 11)}CPU ms`);
for (const r of results) console.log(`${pad(r.responses, 11)}${pad(r.operation, 80)}${pad(r.sheetsCalls, 14)}${pad(r.allCalls, 11)}${r.cpuMs}`);
mkdirSync(join(process.cwd(), 'test-artifacts'), { recursive: true });
writeFileSync(join(process.cwd(), 'test-artifacts', 'bench-surveys.json'), JSON.stringify(results, null, 2));
