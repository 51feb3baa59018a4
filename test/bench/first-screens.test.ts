/**
 * What each first screen of the sidebar costs at 10,000 partners, opportunities and contacts,
 * through the built Code.js: at most 50 KB returned (a few seconds on mobile data) and 3 Sheets
 * calls once the settings are cached; a search at most 20 KB. `npm run bench` measures 50,000.
 */
import { benchWorkbook, BENCH_USER, costOf, dropWeekExtracts, editByHand, runHourlyJobs } from './workbook';
import { seedCommitments } from './alerts';
import { COMMITMENT_PAGE, COMPLIANCE_TOP } from '../../src/domain/contracts/paging';

const ROWS = 10_000;
const FIRST_SCREEN_BYTES = 50 * 1024;
const SEARCH_BYTES = 20 * 1024;
const user = { user: BENCH_USER };
let bench: ReturnType<typeof benchWorkbook>;
beforeAll(() => {
  bench = benchWorkbook(ROWS);
}, 120_000);

it.each([
  ['the partners list (sidebar opens)', () => bench.wb.call('searchPartners', [], user)],
  ['the next page of partners', () => bench.wb.call('searchPartners', [{ offset: 30 }], user)],
  ['the pipeline board', () => bench.wb.call('getBoard', [{}], user)],
  ['the board filtered by owner', () => bench.wb.call('getBoard', [{ owner: BENCH_USER }], user)],
  ['more cards of a column', () => bench.wb.call('loadMoreCards', ['Contact', 8, {}], user)],
])('%s: at most 50 KB and 3 Sheets calls at 10,000 rows', (_, call: () => unknown) => {
  const cost = costOf(bench.wb, call);
  expect(cost.bytes).toBeLessThanOrEqual(FIRST_SCREEN_BYTES);
  expect(cost.sheetsCalls).toBeLessThanOrEqual(3);
});

describe('« Ma semaine » at 10,000 rows', () => {
  const week = () => costOf(bench.wb, () => bench.wb.call('getMyWeek', [], user));
  let cold: ReturnType<typeof week>;
  beforeAll(() => {
    dropWeekExtracts(bench.wb);
    cold = week();
  }, 60_000);

  it('cold (nothing cached): each of the seven sheets a chargé’s week reads, read once, at most 50 KB, only the caller’s items with their total', () => {
    // getActiveSpreadsheet, then getSheetByName + getSheetValues of each sheet (the gap plan's included, and Veille for its calls' deadlines).
    expect(cold.sheetsCalls).toBe(1 + 7 * 2);
    expect(cold.bytes).toBeLessThanOrEqual(FIRST_SCREEN_BYTES);
    expect(cold.value.total).toBeGreaterThan(cold.value.items.length);
    expect(cold.value.user).toBe(BENCH_USER);
  });

  it('after the hourly job: at most 3 Sheets calls and 50 KB, the same week', () => {
    dropWeekExtracts(bench.wb);
    runHourlyJobs(bench.wb);
    bench.wb.call('searchPartners', [], user); // settings cached again, as after any first opening
    const warm = week();
    expect(warm.value).toEqual({ ...cold.value, today: warm.value.today });
    expect(warm.sheetsCalls).toBeLessThanOrEqual(3);
    expect(warm.bytes).toBeLessThanOrEqual(FIRST_SCREEN_BYTES);
  });

  it('after a Pacte write: at most 3 Sheets calls, the write shown', () => {
    const [first] = week().value.items;
    bench.wb.call('saveOpportunity', [{ id: 'OPP-0002', nextDue: '2025-06-01' }], user);
    bench.wb.call('searchPartners', [], user); // settings cached again, as after any first opening
    const after = week();
    expect(after.sheetsCalls).toBeLessThanOrEqual(3);
    expect(after.value.items.slice(0, 2).map((i) => [i.id, i.due])).toEqual([
      ['OPP-0002', '2025-06-01'],
      [first.id, first.due],
    ]);
  });

  it('after a hand edit of Partenaires: at most 3 Sheets calls (that sheet read again), the edit shown', () => {
    editByHand(bench.wb, 'Partenaires', 'Prochaine échéance', 1, new Date('2025-01-01T12:00:00Z'));
    const after = week();
    expect(after.sheetsCalls).toBeLessThanOrEqual(3);
    expect(after.value.items.slice(0, 2).map((i) => [i.id, i.due])).toEqual([
      ['PAR-0001', '2025-01-01'],
      ['OPP-0002', '2025-06-01'],
    ]);
    expect(week().sheetsCalls).toBe(1); // its extract kept again: getActiveSpreadsheet only
  });
});

it('a partner’s page: the same Sheets calls whatever the Journal’s length (its history is on its row)', () => {
  const cost = costOf(bench.wb, () => bench.wb.call('getPartner', ['PAR-0005'], user));
  expect(cost.value.stageHistory).toEqual([expect.objectContaining({ stage: cost.value.partner.stage })]);
  expect(cost.sheetsCalls).toBe(1 + 7 * 2); // getActiveSpreadsheet, then seven tables (Évaluations past Collaboration, Événements for its loyalty actions); never the Journal
});

it('a search over partners and contacts: at most 20 KB, and 3 Sheets calls once the contacts index is cached', () => {
  const byContact = () => bench.wb.call('searchPartners', [{ query: 'contact4321@' }], user);
  const first = costOf(bench.wb, byContact);
  expect(first.value.items.map((p) => p.matchedContacts)).toEqual([['Contact 4321']]);
  const cached = costOf(bench.wb, byContact);
  expect(cached.value).toEqual(first.value);
  const byName = costOf(bench.wb, () => bench.wb.call('searchPartners', [{ query: 'Organisation partenaire n° 12' }], user));
  for (const cost of [cached, byName]) {
    expect(cost.bytes).toBeLessThanOrEqual(SEARCH_BYTES);
    expect(cost.sheetsCalls).toBeLessThanOrEqual(3);
  }
  expect(byName.value.total).toBe(111); // n° 12 and n° 120…129, 1200…1299
});

describe('« Engagements » at 50,000 commitments (1,000 partners, 200 owners)', () => {
  let commitments: ReturnType<typeof benchWorkbook>;
  beforeAll(() => {
    commitments = benchWorkbook(1000);
    seedCommitments(commitments, 50_000);
  }, 240_000);

  it('its first screen (the user’s first page, the compliance rates) is at most 50 KB; only the owners and partners with the most due cross', () => {
    const first = costOf(commitments.wb, () => commitments.wb.call('listCommitments', [{ by: 'owner', key: 'resp7@ajcad-mali.org', window: 'all' }], user));
    const rates = costOf(commitments.wb, () => commitments.wb.call('commitmentCompliance', [], user));
    expect(first.value.total).toBe(250);
    expect(first.value.items).toHaveLength(COMMITMENT_PAGE);
    expect(first.bytes + rates.bytes).toBeLessThanOrEqual(FIRST_SCREEN_BYTES);
    expect(Object.keys(rates.value.byOwner)).toHaveLength(COMPLIANCE_TOP);
    expect(Object.keys(rates.value.byPartner)).toHaveLength(COMPLIANCE_TOP);
    // Past due dates (i % 60 < 10) fall on half the owners (i % 200) and half the conventions (i % 1000).
    expect(rates.value.omitted).toEqual({ owners: 100 - COMPLIANCE_TOP, partners: 500 - COMPLIANCE_TOP });
    // The overall rate still counts every commitment due (due date passed: i % 60 < 10).
    const { ours, partner } = rates.value.overall;
    expect(ours.due + partner.due).toBe(Array.from({ length: 50_000 }, (_, i) => i % 60 < 10).filter(Boolean).length);
  });
});

it('a contact saved through Pacte is found by the next search with no read of Contacts: the index is put again from the rows written', () => {
  const byContact = () => bench.wb.call('searchPartners', [{ query: 'aminata.toure@' }], user);
  costOf(bench.wb, () => bench.wb.call('searchPartners', [{ query: 'contact12@' }], user)); // the index is cached
  bench.wb.call('savePartner', [{ id: 'PAR-0005' }, [{ name: 'Aminata Touré', email: 'aminata.toure@exemple.org' }]], user);
  const after = costOf(bench.wb, byContact);
  expect(after.value.items.map((p) => [p.id, p.matchedContacts])).toEqual([['PAR-0005', ['Aminata Touré']]]);
  expect(after.sheetsCalls).toBeLessThanOrEqual(3);
  expect(after.bytes).toBeLessThanOrEqual(SEARCH_BYTES);
});
