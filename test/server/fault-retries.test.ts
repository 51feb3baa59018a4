/**
 * Fault injection: for each multi-step write, a service call fails at each position in turn (before it
 * takes effect, and after it took effect without the caller learning it), then the same request is
 * retried with the same request ID. After the retry: one copy (one row, one Doc, one PDF…), every
 * written record has its Journal entry, nothing orphaned (no Doc without its row), and the Journal's
 * chain verifies. Positions are sampled with a stride to keep the run short; the figures are logged.
 */

import { somePartners, USERS, workbookWithPartners } from '../support/workbooks';
import type { LoadedScript } from '../../src/dev/load-script';
import type { ParamsOf } from '../../src/domain/contracts/api';
import { SERVICE_UNAVAILABLE } from '../../src/dev/emulator/core/faults';
import { snapshotWorld } from '../../src/dev/emulator';
import { values } from '../support/demo-sheets';
import { count, journalProblems, liveFiles, rowsOf } from '../support/workbook-checks';
import { draftConvention } from './approval-fixture';
import { conventionWithCommitments } from '../support/convention-draft';
import { draft as surveyDraft, surveyWorkbook } from './surveys-support';

interface Scenario {
  name: string;
  /** Workbook with what the write needs (seeded once, restored before each attempt); returns the call to make. */
  setup: () => { wb: LoadedScript; call: (requestId: string) => unknown };
  /** What must hold after the retry (empty when all is well). */
  check: (wb: LoadedScript) => string[];
  /** Calls (`Class.method` prefixes) whose first and last occurrence are always tried, whatever the stride. */
  focus?: string[];
}

/** One injected failure: the n-th call (counting only `prefixes` when given), before or after it took effect. */
interface Fault {
  n: number;
  after: boolean;
  prefixes?: string[];
}

type Attempt = ReturnType<Scenario['setup']>;

/** The scenario's workbook, seeded once: each attempt starts from that same state, restored. */
function seededOnce(s: Scenario): () => Attempt {
  const seeded = s.setup();
  const snapshot = snapshotWorld(seeded.wb.world);
  return () => {
    snapshot.restore();
    return seeded;
  };
}

/** Calls of one clean run (only those matching `prefixes` when given). */
function callsOf(start: () => Attempt, prefixes?: string[]): number {
  const probe = start();
  probe.wb.world.faults.countOnly({ prefixes });
  probe.call('probe-request-0001');
  probe.wb.world.faults.disarm();
  return probe.wb.world.faults.calls;
}

/** Fails the call, retries the request (same ID unless told otherwise), repeats it once done; what does not hold. */
function tryFault(s: Scenario, start: () => Attempt, f: Fault, sameId: boolean): string[] {
  const { wb, call } = start();
  const requestId = `fault-${f.after ? 'a' : 'b'}-${f.n}-${f.prefixes?.length ?? 0}-0000`;
  wb.world.faults.failAt(f.n, SERVICE_UNAVAILABLE, { after: f.after, prefixes: f.prefixes });
  let failedFirst = true;
  try {
    call(requestId);
    failedFirst = false;
  } catch {
    // the injected failure, as the user sees it
  }
  const where = `${s.name}, appel ${f.prefixes ? `${f.prefixes.join('|')} n° ` : ''}${f.n}${f.after ? ' (après effet)' : ''} ${wb.world.faults.failed ?? ''}`;
  wb.world.faults.disarm();
  try {
    if (failedFirst) call(sameId ? requestId : `${requestId}-other`);
    call(requestId); // a repeated ID of a completed request: the stored answer, nothing written
  } catch (e) {
    return [`${where} : la reprise échoue : ${(e as Error).message}`];
  }
  return s.check(wb).map((p) => `${where} : ${p}`);
}

function runScenario(s: Scenario, stride: number, sameId = true): { calls: number; positions: number; focused: number; failures: string[] } {
  // Positions: every `stride`-th counted service call of one clean run (offset by half a stride after effect)…
  const start = seededOnce(s);
  const total = callsOf(start);
  const faults: Fault[] = [];
  for (const after of [false, true]) for (let n = 1 + (after ? Math.floor(stride / 2) : 0); n <= total; n += stride) faults.push({ n, after });
  // …and the first and last of each focused call.
  for (const prefix of s.focus ?? []) {
    const prefixes = [prefix];
    const last = callsOf(start, prefixes);
    for (const n of new Set([1, last])) for (const after of [false, true]) faults.push({ n, after, prefixes });
  }
  const failures = faults.flatMap((f) => tryFault(s, start, f, sameId));
  return { calls: total, positions: faults.length, focused: faults.filter((f) => f.prefixes).length, failures };
}

const partnerOf = (wb: LoadedScript) => String(rowsOf(wb, 'Partenaires')[0]['ID']);

/** Files (Docs, PDFs, forms) that no cell of the sheets links to: what a failed attempt left behind. */
function orphans(wb: LoadedScript, files: { name: string; id: string }[], sheets: readonly string[]): string[] {
  const cells = sheets.flatMap((name) => values(wb, name).flat().map(String)).join(' ');
  return files.filter((f) => !cells.includes(f.id)).map((f) => `« ${f.name} » sans ligne (orphelin)`);
}

/** One Journal entry (not zero, not two) for this action of the record. */
function journaledOnce(wb: LoadedScript, id: string, action: string, field?: string): string[] {
  const match = (j: Record<string, unknown>) => j['ID'] === id && j['Action'] === action && (field === undefined || j['Champ'] === field);
  return count(wb, 'Journal', 1, `entrée(s) « ${action}${field ? ` › ${field}` : ''} » de ${id} au Journal`, match);
}

/** Docs and PDFs of the conventions: `n` of each, each linked from a row. */
function conventionFiles(wb: LoadedScript, n: number): string[] {
  const files = liveFiles(wb);
  const docs = files.filter((f) => !f.name.endsWith('.pdf')).length;
  const pdfs = files.length - docs;
  const problems = docs === n && pdfs === n ? [] : [`${docs} Doc(s) et ${pdfs} PDF au lieu de ${n} de chaque`];
  return [...problems, ...orphans(wb, files, ['Versions'])];
}

const GENERATION: Scenario = {
  name: 'génération',
  setup: () => {
    const wb = workbookWithPartners(somePartners(3));
    const draft = conventionWithCommitments(partnerOf(wb));
    return { wb, call: (id) => wb.call('generateConvention', [draft, id], { user: USERS.officer }) };
  },
  check: (wb) => {
    const conventions = rowsOf(wb, 'Conventions');
    const problems = [
      ...count(wb, 'Conventions', 1, 'conventions'),
      ...count(wb, 'Versions', 1, 'versions'),
      ...count(wb, 'Engagements', 2, 'engagements'),
      ...conventionFiles(wb, 1),
    ];
    if (conventions[0] && !conventions[0]['Lien Doc'] && !Object.values(conventions[0]).some((v) => String(v).includes('docs.google.com')))
      problems.push('convention sans Doc');
    return [...problems, ...journalProblems(wb, ['Conventions', 'Versions', 'Engagements'])];
  },
};

/** Version 2 of a generated convention: first commitment kept (revised), second withdrawn, one added. */
const NEW_VERSION: Scenario = {
  name: 'nouvelle version',
  // After the commitments are written (a retry must not withdraw the one it added), and the request's completion.
  focus: ['Range.setValues', 'Properties.setProperty'],
  setup: () => {
    const wb = workbookWithPartners(somePartners(3));
    const draft = conventionWithCommitments(partnerOf(wb));
    const v1 = wb.call('generateConvention', [draft], { user: USERS.officer });
    const v2: ParamsOf<'generateConvention'>[0] = {
      ...draft,
      id: v1.convention.id,
      amount: 2000000,
      commitments: [
        { id: v1.commitments[0].id, label: 'Première tranche (révisée)', amount: 1000000 },
        { kind: 'Activité', label: 'Atelier de lancement', due: '2026-05-05', party: 'Nous' },
      ],
    };
    return { wb, call: (id) => wb.call('generateConvention', [v2, id], { user: USERS.officer }) };
  },
  check: (wb) => {
    const [convention] = rowsOf(wb, 'Conventions');
    const id = String(convention['ID']);
    return [
      ...count(wb, 'Conventions', 1, 'conventions'),
      ...count(wb, 'Versions', 1, 'version(s) 2', (v) => v['Version'] === 2),
      ...(convention['Version'] === 2 ? [] : [`convention en version ${String(convention['Version'])}`]),
      ...count(wb, 'Engagements', 3, 'engagements'),
      ...count(wb, 'Engagements', 1, 'engagement(s) annulé(s)', (e) => e['Statut'] === 'Annulé'),
      ...conventionFiles(wb, 2),
      ...journaledOnce(wb, id, 'version 2', 'Version'),
      ...journalProblems(wb, ['Conventions', 'Versions', 'Engagements']),
    ];
  },
};

/** A « Brouillon » convention submitted and approved by the legal step: the DAF's approval is tried. */
const DECISION: Scenario = {
  name: 'décision de validation',
  setup: () => {
    const wb = workbookWithPartners(somePartners(3));
    const id = draftConvention(wb, 5_000_000);
    wb.call('submitForValidation', [id], { user: USERS.officer });
    wb.call('decideValidation', [id, 1, 'approuver', ''], { user: USERS.legal });
    return { wb, call: (req) => wb.call('decideValidation', [id, 1, 'approuver', 'Budget conforme', req], { user: USERS.finance }) };
  },
  check: (wb) => {
    const id = String(rowsOf(wb, 'Conventions')[0]['ID']);
    return [
      ...count(wb, 'Validations', 1, 'décision(s) de la DAF', (v) => v['Étape (rôle)'] === 'DAF'),
      ...journaledOnce(wb, id, 'validation', 'Étape 2 (DAF)'),
      ...count(wb, 'Envois', 1, 'avis « validée » (Envois)', (m) => /:validee$/.test(String(m['Clé']))),
      ...journalProblems(wb, ['Validations']),
    ];
  },
};

const SIGNED_PDF = { name: 'convention-signee.pdf', mimeType: 'application/pdf', base64: Buffer.from('%PDF-1.4\n%%EOF\n', 'latin1').toString('base64') };

/** A validated convention signed by the partner: our signature, with its scanned PDF, completes it. */
const SIGNATURE: Scenario = {
  name: 'signature',
  setup: () => {
    const wb = workbookWithPartners(somePartners(3));
    const id = draftConvention(wb, 5_000_000, { startDate: '2026-03-01', endDate: '2027-02-28' });
    wb.call('submitForValidation', [id], { user: USERS.officer });
    for (const user of [USERS.legal, USERS.finance]) wb.call('decideValidation', [id, 1, 'approuver', ''], { user });
    wb.call('recordSignature', [id, { party: 'partenaire', date: '2026-03-10', signatory: 'M. Traoré, président' }], { user: USERS.officer });
    const ours: ParamsOf<'recordSignature'>[1] = { party: 'nous', date: '2026-03-11', signatory: 'Mme Keïta, directrice', signedPdf: SIGNED_PDF };
    return { wb, call: (req) => wb.call('recordSignature', [id, ours, req], { user: USERS.officer }) };
  },
  check: (wb) => {
    const [convention] = rowsOf(wb, 'Conventions');
    const id = String(convention['ID']);
    const pdfs = liveFiles(wb).filter((f) => f.name.includes('PDF signé'));
    return [
      ...count(wb, 'Signatures', 1, 'signature(s) de notre part', (s) => s['Partie'] === 'nous'),
      ...(convention['Statut'] === 'Active' ? [] : [`convention « ${String(convention['Statut'])} » au lieu d'« Active »`]),
      ...(pdfs.length === 1 ? [] : [`${pdfs.length} PDF signés au lieu d'un`]),
      ...orphans(wb, pdfs, ['Signatures']),
      ...journaledOnce(wb, id, 'signature', 'Signature (nous)'),
      ...journalProblems(wb, ['Signatures']),
    ];
  },
};

/** Google Forms not in the trash. */
const liveForms = (wb: LoadedScript) =>
  [...wb.world.drive.files.values()].filter((f) => !f.trashed && f.mimeType === 'application/vnd.google-apps.form').map((f) => ({ name: f.name, id: f.id }));

/** A campaign to three partners: one form (published, linked), one row, three queued recipients. */
const CAMPAIGN: Scenario = {
  name: "création d'enquête",
  // Right after the form exists (before its ID is recorded), and once linked to the spreadsheet.
  focus: ['FormApp.create', 'Form.setDestination'],
  setup: () => {
    const { wb, partnerIds } = surveyWorkbook(3);
    const d = surveyDraft(partnerIds);
    return { wb, call: (req) => wb.call('createCampaign', [d, req], { user: USERS.officer }) };
  },
  check: (wb) => {
    const forms = liveForms(wb);
    const [campaign] = rowsOf(wb, 'Enquêtes');
    const responseSheets = wb.world.run(
      () =>
        SpreadsheetApp.getActiveSpreadsheet()
          .getSheets()
          .filter((s) => s.getFormUrl()).length,
      { user: USERS.admin },
    );
    return [
      ...count(wb, 'Enquêtes', 1, 'enquêtes'),
      ...count(wb, 'Envois enquêtes', 3, 'destinataires en attente'),
      ...(forms.length === 1 ? [] : [`${forms.length} formulaires au lieu d'un`]),
      ...orphans(wb, forms, ['Enquêtes']),
      ...(responseSheets <= 1 ? [] : [`${responseSheets} feuilles de réponses au lieu d'une`]),
      ...(campaign ? journaledOnce(wb, String(campaign['ID']), 'formulaire') : []),
      ...journalProblems(wb, ['Enquêtes']),
    ];
  },
};

const IMPORT: Scenario = {
  name: 'import',
  setup: () => {
    const wb = workbookWithPartners([]);
    const csv = [
      'Nom;Type;Email',
      'Association Kénédougou;OSC;contact@kenedougou.ml',
      'ONG Sahel Vert;ONG nationale;info@sahelvert.org',
      'Mairie de Ségou;Collectivité territoriale;',
    ].join('\n');
    return { wb, call: (id) => wb.call('importPartners', [{ csv }, {}, id], { user: USERS.officer }) };
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

  it.each(
    (
      [
        [GENERATION, 47],
        [IMPORT, 3],
        [NEW_VERSION, 53],
        [DECISION, 5],
        [SIGNATURE, 9],
        [CAMPAIGN, 13],
      ] as const
    ).map(([scenario, stride]) => ({ name: scenario.name, scenario, stride })),
  )('$name: one copy, Journal complete, nothing orphaned', ({ scenario, stride }) => {
    const { calls, positions, focused, failures } = runScenario(scenario, stride);
    figures.push(
      `${scenario.name}: ${calls} appels, ${positions} positions (pas de ${stride} avant et après effet, dont ${focused} ciblées), ${failures.length} échec(s)`,
    );
    expect(failures).toEqual([]);
    expect(positions).toBeGreaterThan(5);
  });

  it('the harness sees the second copy a retry under a new request ID would make', () => {
    const { failures } = runScenario(GENERATION, 173, false);
    expect(failures.some((f) => /conventions au lieu d'une|Doc\(s\)/.test(f))).toBe(true);
  });
});
