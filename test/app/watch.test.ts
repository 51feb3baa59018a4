/** Veille use cases (src/app/watch.ts) on the in-memory store: feeds, pasted lists, typed calls, decisions. */
import { OPPORTUNITIES, PARTNERS } from '../../src/domain/schema/tables';
import { WATCH } from '../../src/domain/watch/tables';
import { parseSettings } from '../../src/domain/settings/settings';
import { MemoryStore } from '../../src/store/memory-store';
import { decideCall, fetchFeeds, importPastedList, listCalls, saveCall } from '../../src/app/watch';
import type { RequestPort } from '../../src/app/ports/request';
import type { WebPort } from '../../src/app/ports/web';

const USER = 'veille@amade.org';
const settings = parseSettings([
  { section: 'Axes stratégiques', key: 'Axe 1', value: 'Gouvernance et citoyenneté active' },
  { section: 'Axes stratégiques', key: 'Axe 2', value: 'Cohésion sociale et paix' },
  { section: 'Veille', key: 'Zones', value: 'Mali' },
  { section: 'Veille', key: 'Flux', value: 'https://fonds-sahel.org/rss', note: 'Fonds Sahel' },
  { section: 'Veille', key: 'Flux', value: 'https://casse.example/rss', note: 'Flux cassé' },
  { section: 'Veille', key: 'Flux', value: 'https://hors-ligne.example/rss', note: 'Hors ligne' },
]);

const GOOD = `<?xml version="1.0"?><rss version="2.0"><channel><title>FS</title>
<item><title>Appel Jeunes et gouvernance</title><link>https://fonds-sahel.org/a/1</link><guid>fs-1</guid><category>Gouvernance</category>
<description><![CDATA[<p>Pour les OSC. Date limite : 15 janvier 2027</p>]]></description></item>
<item><title>Fonds cohésion</title><link>https://fonds-sahel.org/a/2</link><description>Clôture le 28/02/2027</description></item>
</channel></rss>`;

const web = (): WebPort => ({
  get(url) {
    if (url === 'https://fonds-sahel.org/rss') return { status: 200, text: GOOD };
    if (url === 'https://casse.example/rss') return { status: 200, text: '<rss><channel><item><title>X</title></channel></rss>' };
    throw new Error('le serveur ne répond pas');
  },
});

/** A request port that runs each step (a new request each call), as two users' clicks are. */
const newRequest = (): RequestPort => ({ once: (_step, fn) => fn(), ownIds: () => new Set() });

function store() {
  return new MemoryStore({ user: USER, now: () => new Date('2026-12-01T09:00:00Z') });
}

describe('fetchFeeds', () => {
  it('imports the good feed; the malformed and the unreachable feeds each get a clear message; a second run adds nothing', () => {
    const s = store();
    const report = fetchFeeds({ store: s, web: web() }, settings);
    expect(report).toEqual({
      feeds: 3,
      added: 2,
      duplicates: [],
      problems: [
        'Le flux « Flux cassé » est mal formé : balise </channel> ligne 1 sans balise <channel> ouverte (<item> ouverte ligne 1). Vérifiez l’adresse ou signalez-le à son éditeur.',
        'Le flux « Hors ligne » (https://hors-ligne.example/rss) est injoignable : le serveur ne répond pas.',
      ],
    });
    const [first] = s
      .table(WATCH)
      .all()
      .map((r) => r.record);
    expect(first).toMatchObject({
      title: 'Appel Jeunes et gouvernance',
      funder: 'Fonds Sahel',
      deadline: '2027-01-15',
      themes: 'Gouvernance',
      guid: 'fs-1',
      source: 'Flux',
      decision: 'À étudier',
      fit: 2,
      fitExplanation: '+2 : thème Gouvernance = axe 1',
    });
    expect(fetchFeeds({ store: s, web: web() }, settings)).toMatchObject({ added: 0, duplicates: ['Appel Jeunes et gouvernance', 'Fonds cohésion'] });
  });

  it('names a feed that answers an HTTP error', () => {
    const notFound: WebPort = { get: () => ({ status: 404, text: 'Not Found' }) };
    const one = parseSettings([{ section: 'Veille', key: 'Flux', value: 'https://x.example/rss', note: 'X' }]);
    expect(fetchFeeds({ store: store(), web: notFound }, one).problems).toEqual([
      'Le flux « X » (https://x.example/rss) répond par une erreur 404 (page introuvable). Vérifiez l’adresse dans Paramètres › Veille.',
    ]);
  });
});

describe('importPastedList', () => {
  it('adds each readable line once, names the others, and lists by deadline', () => {
    const s = store();
    const report = importPastedList(
      s,
      settings,
      'Appel B ; Bailleur B ; 20/03/2027\nAppel A\tBailleur A\t5 janvier 2027\thttps://a.example\nAppel B ; autre\nAppel C ; X ; demain',
    );
    expect(report).toEqual({
      added: 2,
      duplicates: ['Appel B'],
      problems: ['Ligne 4 : date limite « demain » illisible (attendu 15/03/2027 ou 15 mars 2027).'],
    });
    expect(listCalls(s).calls.map((c) => [c.title, c.deadline, c.daysLeft, c.source])).toEqual([
      ['Appel A', '2027-01-05', 35, 'Liste collée'],
      ['Appel B', '2027-03-20', 109, 'Liste collée'],
    ]);
  });
});

describe('saveCall', () => {
  it('refuses a wrong field with a French message naming the column', () => {
    expect(() => saveCall(store(), settings, { title: 'Appel', deadline: '31/02/2027' })).toThrow(/Date limite/);
    expect(() => saveCall(store(), settings, { funder: 'Sans titre' })).toThrow(/Intitulé/);
  });

  it('scores and explains a typed call, recognising a funder already partner', () => {
    const s = store();
    s.table(PARTNERS).insert([{ name: 'Union européenne', acronym: 'UE', type: 'PTF / bailleur' }]);
    const { id } = saveCall(s, settings, { title: 'Appel société civile', funder: 'UE', themes: 'Cohésion sociale', zones: 'Mali', kind: 'Appel à projets' });
    expect(s.table(WATCH).getOrThrow(id).record).toMatchObject({
      funderPartnerId: 'PAR-0001',
      fit: 4,
      fitExplanation: '+2 : thème Cohésion sociale = axe 2 ; +1 : zone Mali couverte ; +1 : bailleur déjà partenaire',
      source: 'Saisie',
    });
  });
});

describe('decideCall', () => {
  it('« Go » clicked twice (two requests) creates one opportunity at « Cible », linked both ways', () => {
    const s = store();
    const { id } = saveCall(s, settings, { title: 'Appel Jeunes', funder: 'Fonds Sahel', deadline: '2027-01-15', amountMax: 30_000_000, currency: 'XOF' });
    const first = decideCall({ store: s, request: newRequest() }, 'chargé', settings, id, 'Go', '');
    const second = decideCall({ store: s, request: newRequest() }, 'chargé', settings, id, 'Go', '');
    expect([first.created, second.created, second.opportunityId]).toEqual([true, false, first.opportunityId]);
    const opps = s
      .table(OPPORTUNITIES)
      .all()
      .map((r) => r.record);
    expect(opps).toHaveLength(1);
    expect(opps[0]).toMatchObject({
      title: 'Appel Jeunes',
      stage: 'Cible',
      amount: 30_000_000,
      nextDue: '2027-01-15',
      owner: USER,
      watchId: id,
      partnerName: 'Fonds Sahel',
    });
    expect(
      s
        .table(PARTNERS)
        .all()
        .map((p) => [p.record.name, p.record.type]),
    ).toEqual([['Fonds Sahel', 'PTF / bailleur']]);
    expect(s.table(WATCH).getOrThrow(id).record).toMatchObject({ decision: 'Go', owner: USER, opportunityId: first.opportunityId });
  });

  it('« No go » records the decision and its owner without an opportunity; « Go » without a funder says what is missing', () => {
    const s = store();
    const { id } = saveCall(s, settings, { title: 'Appel sans bailleur' });
    expect(decideCall({ store: s, request: newRequest() }, 'chargé', settings, id, 'No go', 'dg@amade.org')).toEqual({
      decision: 'No go',
      opportunityId: '',
      created: false,
    });
    expect(s.table(WATCH).getOrThrow(id).record).toMatchObject({ decision: 'No go', owner: 'dg@amade.org' });
    const go = () => decideCall({ store: s, request: newRequest() }, 'chargé', settings, id, 'Go', '');
    expect(go).toThrow(
      'Veille, ligne 2 : indiquez le bailleur de « Appel sans bailleur » avant de décider « Go » (l’opportunité est rattachée à un partenaire).',
    );
    expect(s.table(WATCH).getOrThrow(id).record.decision).toBe('No go');
  });
});
