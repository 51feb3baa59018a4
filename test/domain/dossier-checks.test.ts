/** The dossier's consistency checks on deliberately wrong dossiers: each problem named with its file and its place. */
import { checkDossier, type DossierCheckFacts, type DossierReadback } from '../../src/domain/dossiers/checks';
import { budgetGrid, planGrid, type Cell } from '../../src/domain/dossiers/layout';
import { formatMoney } from '../../src/domain/format/french';
import { logframeHeader } from '../../src/domain/dossiers/templates';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const text = (c: Cell): string => (typeof c === 'object' ? '' : String(c));
const budget = (amount: number) =>
  budgetGrid({ title: 'Jeunes et emploi', base: 'institutionnel', currency: 'XOF', rate: 1, rateDate: '', amount, amountXof: amount }).cells.map((r) =>
    r.map(text),
  );
const header = logframeHeader('institutionnel');
const line = (niveau: string, intitule: string, indicateur = '', cible = '') => [niveau, intitule, indicateur, '', cible, '', '', '', ''];

function goodDossier(): DossierReadback {
  return {
    note: { paragraphs: ['Note conceptuelle', `Montant demandé : 25${NNBSP}000${NNBSP}000${NBSP}FCFA`, 'Durée : 12 mois'] },
    logframe: {
      tables: [
        [
          header,
          line('Objectif général', 'Contribuer à l’emploi des jeunes'),
          line('Résultat', 'R1 — 300 jeunes formés', 'Jeunes formés', '300'),
          line('Activité', 'A1.1 — Sessions'),
          line('Résultat', 'R2 — 100 jeunes insérés', 'Jeunes en emploi', '100'),
        ],
      ],
    },
    budget: budget(25_000_000),
    plan: planGrid('2027-01-01', '2027-12-31', 'awa@ajcad.org').cells.map((r) => r.map(text)),
  };
}

const facts: DossierCheckFacts = {
  requestedXof: 25_000_000,
  start: '2027-01-01',
  end: '2027-12-31',
  deadline: '2026-12-20',
  today: '2026-12-01',
  urls: { note: 'u:note', logframe: 'u:cadre', budget: 'u:budget', plan: 'u:plan' },
};

const fcfa = (n: number) => formatMoney(n, 'XOF');
const places = (r: ReturnType<typeof checkDossier>) => r.problems.map((p) => `${p.place} : ${p.message}`);

describe('checkDossier', () => {
  it('finds nothing wrong in a consistent dossier whose deadline is three weeks away', () => {
    expect(checkDossier(goodDossier(), facts)).toEqual({ problems: [], warnings: [] });
  });

  it('locates a budget that does not total the amount requested, and the concept note that disagrees with it', () => {
    const d = goodDossier();
    d.budget = budget(24_500_000);
    const r = checkDossier(d, facts);
    const total = d.budget.findIndex((row) => row[0] === 'TOTAL GÉNÉRAL') + 1;
    expect(places(r)).toEqual([
      `Budget, ligne ${total} (TOTAL GÉNÉRAL) : le budget totalise ${fcfa(24_500_000)} (part bailleur), l’opportunité demande ${fcfa(25_000_000)}`,
      `Note conceptuelle, paragraphe « Montant demandé » : ${fcfa(25_000_000)}, le budget totalise ${fcfa(24_500_000)}`,
    ]);
    expect(r.problems.map((p) => p.url)).toEqual(['u:budget', 'u:note']);
  });

  it('locates a result without an indicator with a target; an extra row under the result may carry it', () => {
    const d = goodDossier();
    d.logframe!.tables[0][4] = line('Résultat', 'R2 — 100 jeunes insérés', 'Jeunes en emploi', '');
    expect(places(checkDossier(d, facts))).toEqual(['Cadre logique, tableau 1, ligne 5 : le résultat R2 n’a pas d’indicateur avec une cible']);
    d.logframe!.tables[0].push(line('', '', 'Taux d’insertion', '60 %'));
    expect(places(checkDossier(d, facts))).toEqual([]);
  });

  it('locates an activity marked in a month outside the project period', () => {
    const d = goodDossier();
    d.plan![0].push('M13 (janv. 2028)');
    d.plan![3].push('X');
    expect(places(checkDossier(d, facts))).toEqual([
      `Plan de mise en œuvre, ligne 4 (Activité « ${d.plan![3][0]} ») : marquée en « M13 (janv. 2028) », hors de la période du projet (janv. 2027 – déc. 2027)`,
    ]);
  });

  it('locates a budget line whose shares do not add up to 100 %', () => {
    const d = goodDossier();
    const row = d.budget!.findIndex((r) => r[0] === 'Équipements');
    d.budget![row][7] = '20%';
    expect(places(checkDossier(d, facts))).toEqual([
      `Budget, ligne ${row + 1} (Catégorie Équipements) : les parts bailleur, cofinancement et nature totalisent 120 % ; attendu 100 %`,
    ]);
  });

  it('blocks a passed deadline and warns under seven days, or without one', () => {
    expect(places(checkDossier(goodDossier(), { ...facts, deadline: '2026-11-30' }))).toEqual([
      'Dossier, date limite de dépôt : le 30 novembre 2026 est passé (aujourd’hui : 1er décembre 2026)',
    ]);
    const soon = checkDossier(goodDossier(), { ...facts, deadline: '2026-12-05' });
    expect([soon.problems, soon.warnings.map((w) => w.message)]).toEqual([[], ['le 5 décembre 2026, dans moins de 7 jours']]);
    expect(checkDossier(goodDossier(), { ...facts, deadline: '' }).warnings.map((w) => w.message)).toEqual(['aucune date limite de dépôt n’est renseignée']);
  });

  it('says which file could not be read, and a concept note without its amount', () => {
    const d = { ...goodDossier(), plan: null, note: { paragraphs: ['Montant demandé : [À préciser : montant demandé]'] } };
    expect(places(checkDossier(d, facts))).toEqual([
      'Note conceptuelle, paragraphe « Montant demandé » : aucun montant en FCFA (attendu : « Montant demandé : 25 000 000 FCFA »)',
      'Plan de mise en œuvre : le fichier n’a pas pu être lu (supprimé, ou plus accessible ?) ; la période n’a pas été vérifiée',
    ]);
  });
});
