/** Veille's pure rules: feeds (RSS, Atom, malformed), de-duplication, the pasted list, the fit score, old decisions. */
import { parseFeed, FeedError, deadlineIn } from '../../src/domain/watch/feed';
import { KnownCalls, normaliseLink, normaliseTitle } from '../../src/domain/watch/dedup';
import { parsePastedList } from '../../src/domain/watch/paste';
import { fitScore } from '../../src/domain/watch/fit';
import { DEFAULT_WATCH_SETTINGS, parseWatchSettings } from '../../src/domain/watch/settings';
import { readDecision } from '../../src/domain/watch/tables';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<!-- généré par WordPress -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Appels &amp; opportunités</title>
  <link>https://www.fonds-sahel.org</link>
  <item>
    <title><![CDATA[Appel à propositions « Jeunes & gouvernance locale »]]></title>
    <link>https://www.fonds-sahel.org/appels/jeunes-gouvernance/?utm_source=rss</link>
    <guid isPermaLink="false">fs-2027-01</guid>
    <pubDate>Tue, 10 Nov 2026 08:00:00 +0000</pubDate>
    <category>Gouvernance</category>
    <category><![CDATA[Jeunesse]]></category>
    <description><![CDATA[<p>Financement de 50&nbsp;000 € pour les OSC du Mali. <b>Date limite : 15 janvier 2027</b></p>]]></description>
  </item>
  <item>
    <title>Fonds pour la cohésion sociale d&#8217;Afrique de l&rsquo;Ouest</title>
    <link>https://www.fonds-sahel.org/appels/cohesion</link>
    <description>Sans date de publication. Clôture le 28/02/2027.</description>
  </item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Coopération</title>
  <entry>
    <title type="html">Programme de coopération &lt;b&gt;Santé&lt;/b&gt;</title>
    <link rel="self" href="https://coop.example/self/1"/>
    <link rel="alternate" type="text/html" href="https://coop.example/programmes/sante"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2026-11-20T10:00:00Z</updated>
    <category term="sante" label="Accès aux services sociaux"/>
    <summary>Deadline: 2027-03-31 — ouvert au Mali et au Niger.</summary>
  </entry>
</feed>`;

describe('parseFeed', () => {
  it('reads an RSS 2.0 feed: CDATA, entities, HTML descriptions, categories, a deadline in the text, a missing date', () => {
    const [a, b] = parseFeed(RSS, 'Fonds Sahel');
    expect(a).toEqual({
      title: 'Appel à propositions « Jeunes & gouvernance locale »',
      link: 'https://www.fonds-sahel.org/appels/jeunes-gouvernance/?utm_source=rss',
      guid: 'fs-2027-01',
      published: '2026-11-10',
      summary: 'Financement de 50 000 € pour les OSC du Mali. Date limite : 15 janvier 2027',
      categories: ['Gouvernance', 'Jeunesse'],
      deadline: '2027-01-15',
    });
    expect(b).toMatchObject({ title: 'Fonds pour la cohésion sociale d’Afrique de l’Ouest', published: '', deadline: '2027-02-28', guid: '' });
  });

  it('reads an Atom feed: the alternate link, id, updated date, category labels', () => {
    expect(parseFeed(ATOM, 'Coop')).toEqual([
      {
        title: 'Programme de coopération Santé',
        link: 'https://coop.example/programmes/sante',
        guid: 'urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a',
        published: '2026-11-20',
        summary: 'Deadline: 2027-03-31 — ouvert au Mali et au Niger.',
        categories: ['Accès aux services sociaux'],
        deadline: '2027-03-31',
      },
    ]);
  });

  it('names the feed and the line of a malformed feed, and refuses a page that is not a feed', () => {
    const broken = '<rss><channel>\n<item><title>A</title>\n</channel></rss>';
    expect(() => parseFeed(broken, 'Flux cassé')).toThrow(
      new FeedError(
        'Le flux « Flux cassé » est mal formé : balise </channel> ligne 3 sans balise <channel> ouverte (<item> ouverte ligne 2). Vérifiez l’adresse ou signalez-le à son éditeur.',
      ),
    );
    expect(() => parseFeed('<rss><channel><item>', 'F')).toThrow(/balise <item> ouverte ligne 1 jamais fermée/);
    expect(() => parseFeed('<!DOCTYPE html><html><body>Erreur</body></html>', 'Site')).toThrow(
      'Le flux « Site » n’est ni un flux RSS ni un flux Atom (la page commence par <html>). Vérifiez l’adresse dans Paramètres › Veille.',
    );
    expect(() => parseFeed('', 'Vide')).toThrow(/aucun élément XML/);
  });

  it('finds a deadline only after the words that announce one', () => {
    expect(deadlineIn('Publié le 01/12/2026, date limite le 15/01/2027')).toBe('2027-01-15');
    expect(deadlineIn('Publié le 01/12/2026')).toBe('');
  });
});

describe('de-duplication', () => {
  it('knows a call by its normalised link, its guid or its normalised title', () => {
    expect(normaliseLink('https://www.fonds-sahel.org/appels/x/?utm_source=rss&b=2&a=1#top')).toBe('fonds-sahel.org/appels/x?a=1&b=2');
    expect(normaliseTitle('  Appel À Propositions : « Jeunes » ')).toBe('appel a propositions jeunes');
    const known = new KnownCalls([{ title: 'Fonds Cohésion', link: 'http://fonds-sahel.org/appels/x', guid: 'g1' }]);
    expect(known.has({ title: 'Autre', link: 'https://www.fonds-sahel.org/appels/x/' })).toBe(true);
    expect(known.has({ title: 'FONDS   cohésion', link: '' })).toBe(true);
    expect(known.has({ title: 'Nouveau', link: 'https://ailleurs.example/x', guid: 'g1' })).toBe(true);
    expect(known.has({ title: 'Nouveau', link: 'https://ailleurs.example/x' })).toBe(false);
  });
});

describe('parsePastedList', () => {
  it('reads tab- or semicolon-separated lines with French dates, skips a header row, names each unreadable line', () => {
    const text = [
      'Intitulé\tBailleur\tDate limite\tLien',
      'Appel Jeunes\tFonds Sahel\t15/01/2027\thttps://fonds-sahel.org/a',
      'Programme RSE ; Orange Mali ; 3 mars 2027 ; www.orange.ml/rse',
      '',
      ' ; Bailleur seul',
      'Appel X ; B ; 32/13/2027',
    ].join('\n');
    expect(parsePastedList(text)).toEqual({
      calls: [
        { line: 2, title: 'Appel Jeunes', funder: 'Fonds Sahel', deadline: '2027-01-15', link: 'https://fonds-sahel.org/a' },
        { line: 3, title: 'Programme RSE', funder: 'Orange Mali', deadline: '2027-03-03', link: 'https://www.orange.ml/rse' },
      ],
      problems: [
        'Ligne 5 : l’intitulé manque (attendu : intitulé ; bailleur ; date limite ; lien).',
        'Ligne 6 : date limite « 32/13/2027 » illisible (attendu 15/03/2027 ou 15 mars 2027).',
      ],
    });
  });
});

describe('fitScore', () => {
  const axes = ['Gouvernance et citoyenneté active', 'Cohésion sociale et paix', 'Accès aux services sociaux de base'];
  const base = { title: 'Appel', themes: '', zones: '', deadline: '' as const, funderIsPartner: false };

  it('explains each point in French: themes on axes, zone outside, known funder, deadline too close', () => {
    expect(fitScore({ ...base, themes: 'Gouvernance, Cohésion sociale', zones: 'Sénégal' }, axes, DEFAULT_WATCH_SETTINGS, '2026-12-01')).toEqual({
      points: 3,
      score: 3,
      explanation: '+2 : thème Gouvernance = axe 1 ; +2 : thème Cohésion sociale = axe 2 ; −1 : zone Sénégal hors Mali',
    });
    const late = fitScore(
      { ...base, themes: 'Gouvernance', zones: 'Mali', funderIsPartner: true, deadline: '2026-12-05' },
      axes,
      DEFAULT_WATCH_SETTINGS,
      '2026-12-01',
    );
    expect(late.explanation).toBe(
      '+2 : thème Gouvernance = axe 1 ; +1 : zone Mali couverte ; +1 : bailleur déjà partenaire ; −2 : date limite à moins de 14 jours',
    );
    expect(late.score).toBe(2);
  });

  it('matches the title when no theme is given, keeps the score within 0–5 and uses the weights of Paramètres', () => {
    const settings = parseWatchSettings([
      { key: 'Thème aligné sur un axe', value: '4' },
      { key: 'Zones', value: 'Mali, Sahel' },
      { key: 'Flux', value: 'https://fonds-sahel.org/rss', note: 'Fonds Sahel' },
      { key: 'Flux', value: 'pas une adresse' },
    ]);
    expect(settings.feeds).toEqual([{ url: 'https://fonds-sahel.org/rss', name: 'Fonds Sahel' }]);
    const fit = fitScore({ ...base, title: 'Appui à la gouvernance locale', zones: 'Sahel' }, axes, settings, '2026-12-01');
    expect(fit).toEqual({ points: 5, score: 5, explanation: '+4 : intitulé proche de l’axe 1 (Gouvernance et citoyenneté active) ; +1 : zone Sahel couverte' });
    expect(fitScore(base, axes, settings, '2026-12-01')).toEqual({
      points: 0,
      score: 0,
      explanation: 'Aucun critère rempli (thèmes, zones, bailleur, délai).',
    });
  });
});

describe('readDecision', () => {
  it('reads the first version’s values as Go / No go', () => {
    expect(['Candidater', 'Ne pas candidater', 'à étudier', 'GO', '', 'Peut-être'].map(readDecision)).toEqual(['Go', 'No go', 'À étudier', 'Go', '', '']);
  });
});
