/** One page at a time: the partners list and its search, the board's columns, « Ma semaine » (src/app on MemoryStore). */
import { CONTACTS, OPPORTUNITIES, PARTNERS } from '../../src/domain/schema/tables';
import { parseSettings } from '../../src/domain/settings/settings';
import { BOARD_PAGE, PARTNER_PAGE } from '../../src/domain/contracts/paging';
import { MemoryStore } from '../../src/store/memory-store';
import { searchPartners } from '../../src/app/partners';
import { getBoard, loadMoreCards } from '../../src/app/pipeline';
import { getMyWeek } from '../../src/app/my-week';
import type { ContactSearchIndex } from '../../src/app/ports/search-index';
import type { IndexedContact } from '../../src/domain/partners/partner-search';
import type { WeekCache } from '../../src/app/ports/week-cache';
import type { WeekExtract } from '../../src/domain/pipeline/week-extract';

/** « Ma semaine »'s extracts in the document cache, in memory; `forget` is what a hand edit of a sheet does. */
function memoryWeeks() {
  const kept = new Map<string, WeekExtract>();
  const weeks: WeekCache = {
    read: (sheets) => new Map([...kept].filter(([sheet]) => sheets.includes(sheet))),
    save: (sheet, extract, opts) => void (opts?.ifMissing && kept.has(sheet) ? undefined : kept.set(sheet, extract)),
  };
  return { weeks, forget: (sheet: string) => kept.delete(sheet) };
}

/** The document cache's index, in memory: what was saved, and how often it was rebuilt. */
function memoryIndex() {
  let kept: IndexedContact[] | null = null;
  let saves = 0;
  const index: ContactSearchIndex = {
    read: () => kept,
    save: (contacts) => {
      saves++;
      kept = [...contacts];
    },
  };
  return { index, saves: () => saves, forget: () => (kept = null) };
}

const ME = 'awa@amade.org';
const OTHER = 'moussa@amade.org';
const settings = parseSettings([]);

function workbook(n: number) {
  const store = new MemoryStore({ user: ME, now: () => new Date('2026-03-12T09:00:00Z') });
  const partners = store.table(PARTNERS).insert(
    Array.from({ length: n }, (_, i) => ({
      name: `Partenaire ${String(i + 1).padStart(3, '0')}`,
      type: 'Fondation',
      region: i % 2 ? 'Kayes' : 'Ségou',
      owner: i % 3 ? ME : OTHER,
      nextAction: 'Relancer',
      nextDue: '2026-03-10',
    })),
  );
  store.table(CONTACTS).insert([{ partnerId: partners[4].id, name: 'Fatoumata Diarra', email: 'f.diarra@exemple.org' }]);
  const cache = memoryIndex();
  const weeks = memoryWeeks();
  return { store, partners, ports: { store, contactIndex: cache.index, weekCache: weeks.weeks }, cache, weeks };
}

describe('searchPartners', () => {
  it('sends the first page sorted by name with the total, then the next page from its offset', () => {
    const { ports } = workbook(PARTNER_PAGE + 5);
    const first = searchPartners(ports);
    expect(first).toMatchObject({ total: PARTNER_PAGE + 5, all: PARTNER_PAGE + 5, offset: 0 });
    expect(first.items.map((p) => p.name)).toEqual(Array.from({ length: PARTNER_PAGE }, (_, i) => `Partenaire ${String(i + 1).padStart(3, '0')}`));
    const next = searchPartners(ports, { offset: PARTNER_PAGE });
    expect(next.items.map((p) => p.name)).toEqual(['031', '032', '033', '034', '035'].map((k) => `Partenaire ${k}`));
  });

  it('matches accents and case ignored, counting the matches only', () => {
    const { ports } = workbook(10);
    const page = searchPartners(ports, { query: 'SEGOU', limit: 2 });
    expect(page).toMatchObject({ total: 5, all: 10 });
    expect(page.items.map((p) => p.region)).toEqual(['Ségou', 'Ségou']);
  });

  it('finds a partner by one of its contacts and names the contact that matched', () => {
    const { ports, partners } = workbook(10);
    const page = searchPartners(ports, { query: 'diarra' });
    expect(page.items).toEqual([expect.objectContaining({ id: partners[4].id, matchedContacts: ['Fatoumata Diarra'] })]);
    expect(searchPartners(ports, { query: 'aucun partenaire' })).toMatchObject({ items: [], total: 0, all: 10 });
  });

  it('searches the contacts of the index once built, and rebuilds it from Contacts when it is gone', () => {
    const { store, ports, partners, cache } = workbook(10);
    searchPartners(ports, { query: 'diarra' });
    searchPartners(ports, { query: 'fatoumata' });
    expect(cache.saves()).toBe(1);
    store.table(CONTACTS).insert([{ partnerId: partners[2].id, name: 'Bakary Coulibaly', email: 'b.coulibaly@exemple.org' }]);
    cache.forget(); // what a write to Contacts does to the document cache
    expect(searchPartners(ports, { query: 'coulibaly' }).items.map((p) => p.id)).toEqual([partners[2].id]);
    expect(cache.saves()).toBe(2);
  });
});

describe('getBoard and loadMoreCards', () => {
  function withOpportunities(n: number) {
    const { store, partners } = workbook(5);
    store.table(OPPORTUNITIES).insert(
      Array.from({ length: n }, (_, i) => ({
        partnerId: partners[0].id,
        title: `Opportunité ${String(i + 1).padStart(2, '0')}`,
        stage: 'Contact',
        amount: 1000,
        currency: 'XOF',
        probability: 50,
        nextDue: `2026-04-${String(i + 1).padStart(2, '0')}`,
      })),
    );
    return store;
  }

  it('counts and totals every card of a column but sends only its first ones', () => {
    const store = withOpportunities(BOARD_PAGE + 3);
    const contact = getBoard(store, settings, {}).columns.find((c) => c.stage === 'Contact')!;
    expect(contact).toMatchObject({ count: BOARD_PAGE + 3, total: (BOARD_PAGE + 3) * 1000 });
    expect(contact.cards.map((c) => c.title)).toEqual(Array.from({ length: BOARD_PAGE }, (_, i) => `Opportunité ${String(i + 1).padStart(2, '0')}`));
  });

  it('loads the rest of a column from an offset, in the board order, and refuses an unknown stage', () => {
    const store = withOpportunities(BOARD_PAGE + 3);
    const more = loadMoreCards(store, settings, 'Contact', BOARD_PAGE, {});
    expect(more.count).toBe(BOARD_PAGE + 3);
    expect(more.cards.map((c) => c.title)).toEqual([BOARD_PAGE + 1, BOARD_PAGE + 2, BOARD_PAGE + 3].map((i) => `Opportunité ${String(i).padStart(2, '0')}`));
    expect(() => loadMoreCards(store, settings, 'Inconnue', 0, {})).toThrow('Pipeline : étape inconnue « Inconnue ».');
  });
});

describe('getMyWeek', () => {
  it("returns only the caller's items, one page at a time with their total", () => {
    const { store, ports } = workbook(12); // 8 of 12 partners are mine
    const first = getMyWeek(ports, { limit: 5 });
    expect(first).toMatchObject({ total: 8, offset: 0, user: ME });
    expect(first.items).toHaveLength(5);
    const rest = getMyWeek(ports, { offset: 5, limit: 5 });
    expect(rest.items).toHaveLength(3);
    const names = [...first.items, ...rest.items].map((i) => i.partnerName);
    expect(new Set(names).size).toBe(8);
    const others = store
      .table(PARTNERS)
      .all()
      .filter((s) => s.record.owner === OTHER)
      .map((s) => s.record.name);
    expect(names.some((n) => others.includes(n))).toBe(false);
  });

  it('opens from the extracts once kept, and reads a sheet again once its extract is dropped', () => {
    const { store, ports, partners, weeks } = workbook(6); // partners 2, 3, 5 and 6 are mine
    expect(getMyWeek(ports).total).toBe(4);
    // Changed without the extract being put again (on MemoryStore no write does): the kept extract is what opens.
    store.table(PARTNERS).update(partners[1].id, { nextDue: '2026-04-30' });
    expect(getMyWeek(ports).total).toBe(4);
    weeks.forget('Partenaires');
    expect(getMyWeek(ports).total).toBe(3);
  });

  it('serves a far page in the same order as the whole week', () => {
    const { ports } = workbook(330); // 220 of them mine
    const all = getMyWeek(ports, { limit: 220 }).items;
    const far = getMyWeek(ports, { offset: 210, limit: 10 });
    expect(far).toMatchObject({ total: 220, offset: 210 });
    expect(far.items).toEqual(all.slice(210));
  });
});
