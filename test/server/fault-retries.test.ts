/**
 * Fault injection: for each multi-step write, a service call fails at each position in turn (before it
 * takes effect, and after it took effect without the caller learning it), then the same request is
 * retried with the same request ID. After the retry: one copy (one row, one Doc, one PDF…), every
 * written record has its Journal entry, nothing orphaned (no Doc without its row), and the Journal's
 * chain verifies. Positions are sampled with a stride to keep the run short; the figures are logged.
 */
import { createDemoWorkbook, type DemoWorkbook } from '../../src/dev/sandbox/demo-workbook';
import { DEMO_USERS } from '../../src/dev/sandbox/demo-data';
import { SERVICE_UNAVAILABLE } from '../../src/dev/emulator/core/faults';
import { verifyChain } from '../../src/domain/journal/chain';
import { sha256Hex } from '../../src/domain/journal/sha256';
import { JOURNAL } from '../../src/domain/schema/tables';
import { byHeader, values } from '../support/demo-sheets';

const rowsOf = (wb: DemoWorkbook, name: string): Record<string, unknown>[] => byHeader(values(wb, name));

/** Google Docs and PDFs (not folders, not templates) in Drive, not trashed. */
function liveFiles(wb: DemoWorkbook): { name: string; id: string }[] {
  return [...wb.world.drive.files.values()]
    .filter((f) => !f.trashed && f.mimeType !== 'application/vnd.google-apps.folder' && !f.name.startsWith('Modèle'))
    .filter((f) => f.mimeType === 'application/vnd.google-apps.document' || f.mimeType === 'application/pdf')
    .map((f) => ({ name: f.name, id: f.id }));
}

function journalProblems(wb: DemoWorkbook, sheets: readonly string[]): string[] {
  const journal = rowsOf(wb, 'Journal');
  const created = new Set(journal.filter((j) => j['Action'] === 'création').map((j) => `${String(j['Feuille'])}|${String(j['ID'])}`));
  const problems: string[] = [];
  for (const sheet of sheets)
    for (const r of rowsOf(wb, sheet))
      if (r['ID'] && !created.has(`${sheet}|${String(r['ID'])}`)) problems.push(`${sheet} ${String(r['ID'])} sans entrée de Journal`);
  const keys = JOURNAL.fields.map((f) => f.key);
  const headers = JOURNAL.fields.map((f) => f.header);
  const chainRows = journal.map((j, i) => ({
    row: i + 2,
    record: Object.fromEntries(keys.map((k, c) => [k, k === 'at' ? isoLocal(j[headers[c]]) : String(j[headers[c]] ?? '')])),
  }));
  const head = wb.world.run(() => PropertiesService.getDocumentProperties().getProperty('pacte.journal.head'), { user: DEMO_USERS.admin });
  const verdict = verifyChain(chainRows, head ? JSON.parse(head) : null, sha256Hex);
  if (!verdict.ok) problems.push(`chaîne du Journal rompue ligne ${verdict.row} : ${verdict.reason}`);
  return problems;
}

/** The Journal's Horodatage as the server reads it (local date-time in Africa/Bamako = UTC). */
function isoLocal(v: unknown): string {
  return v instanceof Date || Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString().slice(0, 19) : String(v ?? '');
}

interface Scenario {
  name: string;
  /** Fresh workbook with what the write needs; returns the call to make. */
  setup: () => { wb: DemoWorkbook; call: (requestId: string) => unknown };
  /** What must hold after the retry (empty when all is well). */
  check: (wb: DemoWorkbook) => string[];
}

function runScenario(s: Scenario, stride: number, sameId = true): { positions: number; failures: string[] } {
  // Positions: every counted service call of one clean run.
  const probe = s.setup();
  probe.wb.world.faults.countOnly();
  probe.call('probe-request-0001');
  const total = probe.wb.world.faults.calls;
  probe.wb.world.faults.disarm();
  const failures: string[] = [];
  let positions = 0;
  for (const after of [false, true]) {
    for (let n = 1 + (after ? Math.floor(stride / 2) : 0); n <= total; n += stride) {
      positions++;
      const { wb, call } = s.setup();
      const requestId = `fault-${after ? 'a' : 'b'}-${n}-0000`;
      wb.world.faults.failAt(n, SERVICE_UNAVAILABLE, { after });
      let failedFirst = true;
      try {
        call(requestId);
        failedFirst = false;
      } catch {
        // the injected failure, as the user sees it
      }
      const where = `${s.name}, appel ${n}${after ? ' (après effet)' : ''} ${wb.world.faults.failed ?? ''}`;
      wb.world.faults.disarm();
      try {
        if (failedFirst) call(sameId ? requestId : `${requestId}-other`);
        call(requestId); // a repeated ID of a completed request: the stored answer, nothing written
      } catch (e) {
        failures.push(`${where} : la reprise échoue : ${(e as Error).message}`);
        continue;
      }
      for (const p of s.check(wb)) failures.push(`${where} : ${p}`);
    }
  }
  return { positions, failures };
}

const partnerOf = (wb: DemoWorkbook) => String(rowsOf(wb, 'Partenaires')[0]['ID']);

const GENERATION: Scenario = {
  name: 'génération',
  setup: () => {
    const wb = createDemoWorkbook({ activity: false });
    const partnerId = partnerOf(wb);
    const draft = {
      partnerId,
      type: 'Convention de partenariat',
      startDate: '2026-03-01',
      endDate: '2027-02-28',
      amount: 1500000,
      purpose: 'former 500 jeunes leaders',
      commitments: [
        { kind: 'Versement', label: 'Première tranche', due: '2026-04-15', party: 'Partenaire', amount: 750000 },
        { kind: 'Rapport', label: 'Rapport final', due: '2026-12-15', party: 'Nous' },
      ],
    };
    return { wb, call: (id) => wb.call('generateConvention', [draft, id], { user: DEMO_USERS.chargee }) };
  },
  check: (wb) => {
    const problems: string[] = [];
    const conventions = rowsOf(wb, 'Conventions');
    if (conventions.length !== 1) problems.push(`${conventions.length} conventions au lieu d'une`);
    const versions = rowsOf(wb, 'Versions');
    if (versions.length !== 1) problems.push(`${versions.length} versions au lieu d'une`);
    const commitments = rowsOf(wb, 'Engagements');
    if (commitments.length !== 2) problems.push(`${commitments.length} engagements au lieu de 2`);
    const files = liveFiles(wb);
    const docs = files.filter((f) => !f.name.endsWith('.pdf'));
    const pdfs = files.filter((f) => f.name.endsWith('.pdf'));
    if (docs.length !== 1 || pdfs.length !== 1) problems.push(`${docs.length} Doc(s) et ${pdfs.length} PDF au lieu d'un de chaque`);
    const urls = new Set(
      versions
        .flatMap((v) => [String(v['Lien Doc'] ?? v['Doc'] ?? ''), String(v['Lien PDF'] ?? v['PDF'] ?? '')])
        .join(' ')
        .split(' '),
    );
    for (const f of files) if (![...urls].some((u) => u.includes(f.id))) problems.push(`« ${f.name} » sans ligne (orphelin)`);
    if (conventions[0] && !conventions[0]['Lien Doc'] && !Object.values(conventions[0]).some((v) => String(v).includes('docs.google.com')))
      problems.push('convention sans Doc');
    return [...problems, ...journalProblems(wb, ['Conventions', 'Versions', 'Engagements'])];
  },
};

const IMPORT: Scenario = {
  name: 'import',
  setup: () => {
    const wb = createDemoWorkbook({ activity: false, partners: [] });
    const csv = [
      'Nom;Type;Email',
      'Association Kénédougou;OSC;contact@kenedougou.ml',
      'ONG Sahel Vert;ONG nationale;info@sahelvert.org',
      'Mairie de Ségou;Collectivité territoriale;',
    ].join('\n');
    return { wb, call: (id) => wb.call('importPartners', [{ csv }, {}, id], { user: DEMO_USERS.chargee }) };
  },
  check: (wb) => {
    const partners = rowsOf(wb, 'Partenaires');
    const problems = partners.length === 3 ? [] : [`${partners.length} partenaires au lieu de 3`];
    return [...problems, ...journalProblems(wb, ['Partenaires'])];
  },
};

describe('every multi-step write completes, or its retry finishes it, never a second copy', () => {
  const figures: string[] = [];
  afterAll(() => console.log(`Fault injection (position → retry with the same request ID):\n${figures.join('\n')}`));

  it.each([
    [GENERATION, 29],
    [IMPORT, 3],
  ])('$name: one copy, Journal complete, nothing orphaned', (scenario: Scenario, stride: number) => {
    const { positions, failures } = runScenario(scenario, stride);
    figures.push(`${scenario.name}: ${positions} positions (pas de ${stride}), ${failures.length} échec(s)`);
    expect(failures).toEqual([]);
    expect(positions).toBeGreaterThan(5);
  });

  it('the harness sees the second copy a retry under a new request ID would make', () => {
    const { failures } = runScenario(GENERATION, 173, false);
    expect(failures.some((f) => /conventions au lieu d'une|Doc\(s\)/.test(f))).toBe(true);
  });
});
