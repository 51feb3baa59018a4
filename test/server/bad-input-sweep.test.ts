/**
 * Bad input on every sidebar endpoint that takes arguments: each argument (and each field of a record
 * argument) in turn receives a hostile value — null, NaN, 1e308, a 100,000-character text, an object
 * where a text is expected, a `__proto__` key, a formula, a script tag… — the others staying valid,
 * called as an admin. A refusal is French, names what is wrong and never echoes a raw internal value
 * (null, NaN, undefined, [object Object], Infinity) nor a JavaScript error; a refused call leaves every
 * sheet as it was. The number of calls is logged for the closing note's robustness table.
 */
import { draft } from '../support/survey-draft';
import { fullWorkbook, type FullWorkbook } from '../support/full-workbook';
import { USERS } from '../support/workbooks';
import type { EndpointName } from '../../src/domain/contracts/api';

const HOSTILE: readonly [string, () => unknown][] = [
  ['null', () => null],
  ['undefined', () => undefined],
  ['NaN', () => NaN],
  ['Infinity', () => Infinity],
  ['1e308', () => 1e308],
  ['-1', () => -1],
  ['-0', () => -0],
  ['vide', () => ''],
  ['espace', () => ' '],
  ['100k caractères', () => 'x'.repeat(100_000)],
  ['objet', () => ({})],
  ['tableau', () => []],
  ['objet imbriqué', () => ({ a: { b: { c: { d: [1, { e: null }] } } } })],
  ['toString', () => ({ toString: () => 'PAR-0001' })],
  ['__proto__', () => JSON.parse('{"__proto__": {"polluted": "oui"}, "name": "x"}') as unknown],
  ['formule', () => '=HYPERLINK("https://evil.example","clic")'],
  ['script', () => '<script>alert(1)</script>'],
];

/** The workbook swept: every view populated, so each endpoint reaches its real work on existing records. */
let wb: FullWorkbook;
/** IDs of records the workbook holds (the sweep spreads over its first seven partners). */
const partner = (n: number) => wb.partnerIds[n];
const opportunity = () => wb.opportunityIds[0];
const convention = () => wb.conventionIds[0];
const campaign = () => wb.campaignIds[0];

/** Where a hostile value goes: an argument, or one field of a record argument. */
type Slot = { arg: number; key?: string };

interface Endpoint {
  /** A declared endpoint: a renamed one fails to compile instead of being swept no more. */
  name: EndpointName;
  args: () => unknown[];
  /** Record arguments whose fields are swept one by one (argument index → keys). */
  fields?: Record<number, readonly string[]>;
}

const ENDPOINTS: readonly Endpoint[] = [
  { name: 'getPartner', args: () => [partner(0)] },
  {
    name: 'checkPartnerDuplicates',
    args: () => [{ name: 'Nouveau partenaire', type: 'OSC' }, []],
    fields: { 0: ['name', 'acronym', 'email'] },
  },
  {
    name: 'savePartner',
    args: () => [{ name: 'Association Tiwindi', type: 'OSC', alignment: 3 }, [{ name: 'Awa Traoré', email: 'awa@tiwindi.ml' }], { confirmDuplicate: true }],
    fields: { 0: ['name', 'acronym', 'type', 'alignment', 'owner', 'nextDue', 'website', 'notes'] },
  },
  { name: 'movePartnerStage', args: () => [partner(1), 'Prise de contact', 'note'] },
  {
    name: 'saveAnalysis',
    args: () => [partner(2), { legal: 4, governance: 4, finance: 3, reputation: 4, alignment: 4, risks: 3 }, null, 'commentaire'],
    fields: { 1: ['legal', 'finance'] },
  },
  { name: 'getBoard', args: () => [{ owner: '', partnerType: '', axis: '' }], fields: { 0: ['owner', 'partnerType', 'axis'] } },
  {
    name: 'saveOpportunity',
    args: () => [{ partnerId: partner(3), title: 'Appui jeunesse', stage: 'Cible', amount: 1_500_000, currency: 'XOF', probability: 40 }],
    fields: { 0: ['partnerId', 'title', 'stage', 'amount', 'probability', 'decisionDate', 'owner'] },
  },
  { name: 'moveOpportunity', args: () => [opportunity(), 'Contact', ''] },
  {
    name: 'logInteraction',
    args: () => [{ date: '2026-03-10', partnerId: partner(4), type: 'Réunion', summary: 'Point' }],
    fields: { 0: ['date', 'partnerId', 'type', 'summary', 'nextDue'] },
  },
  { name: 'previewImport', args: () => [{ csv: 'Nom;Type\nCoopérative Sahel;OSC' }, { Nom: 'name', Type: 'type' }], fields: { 0: ['csv', 'sheetName'] } },
  { name: 'importPartners', args: () => [{ csv: 'Nom;Type\nCoopérative Delta;OSC' }, { Nom: 'name', Type: 'type' }], fields: { 0: ['csv'] } },
  {
    name: 'createMeetingBrief',
    args: () => [partner(5), { date: '2026-03-20', objectives: 'Présenter' }],
    fields: { 1: ['date', 'objectives', 'keyMessages'] },
  },
  { name: 'submitForValidation', args: () => [convention()] },
  { name: 'decideValidation', args: () => [convention(), 1, 'approuver', 'ok'] },
  { name: 'skipOptionalStep', args: () => [convention(), 1, 'motif'] },
  { name: 'getApprovalCircuit', args: () => [convention()] },
  {
    name: 'recordSignature',
    args: () => [convention(), { party: 'nous', date: '2026-03-11', signatory: 'Le DG', signedPdfUrl: 'https://drive.google.com/file/d/abc/view' }],
    fields: { 1: ['party', 'date', 'signatory', 'signedPdfUrl', 'signedPdf'] },
  },
  {
    name: 'uploadSignedPdf',
    args: () => [convention(), 'nous', { name: 'signé.pdf', mimeType: 'application/pdf', base64: 'JVBERi0xLjQ=' }],
    fields: { 2: ['name', 'base64'] },
  },
  { name: 'getCampaignResults', args: () => [campaign()] },
  {
    name: 'createCampaign',
    args: () => [draft([], { period: '2026', target: { types: ['OSC'] }, sendDate: '2026-03-15', closingDate: '2026-04-15' })],
    fields: { 0: ['title', 'period', 'target', 'language', 'sendDate', 'reminderDays', 'closingDate'] },
  },
  { name: 'sendCampaign', args: () => [campaign()] },
  { name: 'syncSurveyResponses', args: () => [campaign()] },
  { name: 'reportSurveyBounces', args: () => [campaign(), ['inconnu@exemple.ml']] },
  { name: 'resendUncertain', args: () => [campaign()] },
  {
    name: 'generateConvention',
    args: () => [
      {
        partnerId: partner(6),
        type: 'Convention de partenariat',
        startDate: '2026-04-01',
        endDate: '2027-03-31',
        amount: 2_000_000,
        inKind: null,
        purpose: 'Appui',
        commitments: [{ kind: 'Financier', label: 'Versement', due: '2026-05-01', amount: 1_000_000 }],
      },
    ],
    fields: { 0: ['partnerId', 'type', 'startDate', 'endDate', 'amount', 'inKind', 'currency', 'purpose', 'commitments'] },
  },
  { name: 'getConvention', args: () => [convention()] },
  {
    name: 'attachMinutes',
    args: () => [convention(), { kind: 'PV', title: 'PV du comité', date: '2026-03-10', url: 'https://drive.google.com/file/d/pv/view' }],
    fields: { 1: ['kind', 'title', 'date', 'body', 'url'] },
  },
  { name: 'retryMail', args: () => [convention(), 'MAIL-1'] },
  { name: 'checkTemplate', args: () => ['convention'] },
  { name: 'setRole', args: () => ['nouveau@exemple.ml', 'lecteur'] },
  { name: 'removeRole', args: () => ['nouveau@exemple.ml'] },
];

/** What a refusal must never show. */
const RAW =
  /\b(null|undefined|NaN|Infinity)\b|\[object Object\]|RangeError|TypeError|ReferenceError|is not a function|Cannot read|of undefined|Maximum call stack|Une erreur inattendue/;
const FRENCH = /[àâçéèêëîïôûùœ«»]|\b(le|la|les|des|du|une?|est|pas|dans|pour|vous|aucun)\b/i;

/** Sheets calls that may change a cell, a sheet or the workbook (every method but the getters). */
function sheetWrites(wb: FullWorkbook): number {
  return Object.entries(wb.world.log.snapshot())
    .filter(([name]) => /^(Spreadsheet|Sheet|Range|RangeList)\./.test(name) && !/\.(get|is|has|can)[A-Z]/.test(name))
    .reduce((n, [, c]) => n + c, 0);
}

/** Amounts out of range and over-long one-line texts are never stored (the other values may be, cleaned). */
const AMOUNTS = ['amount', 'inKind'];
const ONE_LINE = ['name', 'acronym', 'title', 'signatory', 'period'];
function mustRefuse(endpoint: string, slot: Slot, label: string): boolean {
  if (endpoint === 'checkPartnerDuplicates') return false; // a read-only comparison: nothing is stored
  if (slot.key && AMOUNTS.includes(slot.key)) return ['1e308', 'Infinity', '-1', 'NaN', 'objet', '100k caractères'].includes(label);
  if (slot.key && ONE_LINE.includes(slot.key)) return label === '100k caractères';
  return false;
}

function sheets(wb: FullWorkbook): string {
  return JSON.stringify(
    wb.world.inspect(() =>
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()
        .map((s) => [s.getName(), s.getDataRange().getValues()]),
    ),
  );
}

function withValue(args: unknown[], slot: Slot, value: unknown): unknown[] {
  const out = [...args];
  if (slot.key === undefined) out[slot.arg] = value;
  else out[slot.arg] = { ...(out[slot.arg] as object), [slot.key]: value };
  return out;
}

function slotsOf(e: Endpoint): Slot[] {
  const slots: Slot[] = e.args().map((_, arg) => ({ arg }));
  for (const [arg, keys] of Object.entries(e.fields ?? {})) for (const key of keys) slots.push({ arg: Number(arg), key });
  return slots;
}

describe('bad input on every endpoint that takes arguments', () => {
  beforeAll(() => {
    wb = fullWorkbook();
  }, 120_000);

  it('is refused in French naming what is wrong, never with a raw value, and writes nothing', () => {
    const failures: string[] = [];
    let calls = 0;
    let refused = 0;
    // The workbook as it stands; read again only after a call that made a Sheets write.
    let state = sheets(wb);
    for (const e of ENDPOINTS) {
      for (const slot of slotsOf(e)) {
        for (const [label, make] of HOSTILE) {
          const where = `${e.name}(${slot.arg}${slot.key ? `.${slot.key}` : ''} = ${label})`;
          const writesBefore = sheetWrites(wb);
          calls++;
          try {
            // Hostile values no signature allows, as a page could send them.
            wb.callRaw(e.name, withValue(e.args(), slot, make()), { user: USERS.admin });
            if (mustRefuse(e.name, slot, label)) failures.push(`${where}: accepté`);
          } catch (err) {
            refused++;
            const message = String((err as Error).message);
            if (RAW.test(message) || !FRENCH.test(message) || message.length > 1000) failures.push(`${where}: ${message.slice(0, 300)}`);
            if (sheetWrites(wb) !== writesBefore && sheets(wb) !== state) failures.push(`${where}: refusé mais le classeur a changé`);
          }
          if (sheetWrites(wb) !== writesBefore) state = sheets(wb);
          if (({} as Record<string, unknown>).polluted !== undefined) failures.push(`${where}: Object.prototype pollué`);
        }
      }
    }
    console.log(
      `Bad-input sweep: ${ENDPOINTS.length} endpoints, ${calls} calls (${HOSTILE.length} hostile values per argument or field), ${refused} refused, ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
  }, 600_000);
});
