/**
 * What each first screen of the sidebar costs at 10,000 partners, opportunities and contacts,
 * through the built Code.js: at most 50 KB returned (a few seconds on mobile data) and 3 Sheets
 * calls once the settings are cached; a search at most 20 KB. `npm run bench` measures 50,000.
 */
import { benchWorkbook, BENCH_USER, costOf } from './workbook';

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

it('« Ma semaine »: at most 50 KB, only the caller’s items, with their total, and 3 Sheets calls once the week is cached', () => {
  const first = costOf(bench.wb, () => bench.wb.call('getMyWeek', [], user));
  const cached = costOf(bench.wb, () => bench.wb.call('getMyWeek', [], user));
  expect(cached.value).toEqual(first.value);
  for (const cost of [first, cached]) expect(cost.bytes).toBeLessThanOrEqual(FIRST_SCREEN_BYTES);
  expect(cached.value.total).toBeGreaterThan(cached.value.items.length);
  expect(cached.value.user).toBe(BENCH_USER);
  expect(cached.sheetsCalls).toBeLessThanOrEqual(3);
});

it('a partner’s page: the same Sheets calls whatever the Journal’s length (its history is on its row)', () => {
  const cost = costOf(bench.wb, () => bench.wb.call('getPartner', ['PAR-0005'], user));
  expect(cost.value.stageHistory).toEqual([expect.objectContaining({ stage: cost.value.partner.stage })]);
  expect(cost.sheetsCalls).toBe(1 + 5 * 2); // getActiveSpreadsheet, then five tables; never the Journal
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
