/** Dossier kits and the content of the generated files, as pure rules. */
import { DEFAULT_KITS, KITS_SECTION, kitComment, kitFor, kitsFromSettings, parseKitTemplates } from '../../src/domain/dossiers/kits';
import { logframeLines, noteData, periodText, projectMonths, riskLines, type DossierFacts } from '../../src/domain/dossiers/content';
import { budgetGrid, budgetTotals, parseMonthLabel, periodMonths, planGrid, toCsv } from '../../src/domain/dossiers/layout';
import { logframeHeader } from '../../src/domain/dossiers/templates';

const facts = (over: Partial<DossierFacts> = {}): DossierFacts => ({
  organisation: 'AJCAD',
  author: 'awa@ajcad.org',
  today: '2026-03-01',
  kit: 'Fondation',
  opportunity: { id: 'OPP-0001', title: 'Radio des jeunes', axis: '', amount: 25_000_000, currency: 'XOF' },
  partnerName: 'Fondation Sahel',
  amountXof: null,
  start: '2027-01-01',
  end: '2027-12-31',
  deadline: '',
  owner: 'awa@ajcad.org',
  ...over,
});

describe('dossier kits', () => {
  it('chooses the kit from the partner’s type, a United Nations agency by its name, the institutional one otherwise', () => {
    const kits = kitsFromSettings([]);
    expect(kitFor(kits, { type: 'Fondation' }).name).toBe('Fondation');
    expect(kitFor(kits, { type: 'Secteur privé' }).name).toBe('Secteur privé / RSE');
    expect(kitFor(kits, { type: 'PTF / bailleur', name: 'Programme des Nations unies pour le développement', acronym: 'PNUD' }).name).toBe(
      'Agence des Nations unies',
    );
    expect(kitFor(kits, { type: 'PTF / bailleur', name: 'Agence française de développement' }).name).toBe('Bailleur institutionnel (UE, AFD…)');
    expect(kitFor(kits, { type: 'OSC' }).name).toBe(DEFAULT_KITS[0].name);
  });

  it('reads the organisation’s own kits from Paramètres › Kits de dossier: types, template IDs or links, and they win over the defaults', () => {
    const kits = kitsFromSettings([
      {
        section: KITS_SECTION,
        key: 'Fonds mondial',
        value: 'PTF / bailleur, Institution publique',
        note: 'Note conceptuelle : https://docs.google.com/document/d/AbC-1/edit ; Cadre logique : XyZ_2',
      },
      { section: 'Kits de dossier', key: 'Fondation', value: '', note: 'Analyse des risques : R3' },
      { section: 'Modèles', key: 'Fonds mondial', value: 'ignoré' },
    ]);
    const own = kits.find((k) => k.name === 'Fonds mondial')!;
    expect(own).toEqual({
      name: 'Fonds mondial',
      funderTypes: ['PTF / bailleur', 'Institution publique'],
      base: 'institutionnel',
      templates: { note: 'AbC-1', cadre: 'XyZ_2' },
    });
    expect(kits.find((k) => k.name === 'Fondation')).toMatchObject({ funderTypes: ['Fondation'], templates: { risques: 'R3' } });
    expect(kitFor(kits, { type: 'PTF / bailleur' }).name).toBe('Fonds mondial');
    expect(parseKitTemplates(kitComment({ note: 'a', risques: 'c' }))).toEqual({ note: 'a', risques: 'c' });
  });

  it('gives the EU-type and UN logframes their extra columns, the foundation and CSR ones the base seven', () => {
    expect(logframeHeader('institutionnel').slice(7)).toEqual(['Hypothèses', 'Sources de vérification']);
    expect(logframeHeader('onu').slice(7)).toEqual(['Hypothèses', 'Cible ODD']);
    expect(logframeHeader('fondation')).toEqual(['Niveau', 'Intitulé', 'Indicateur', 'Valeur de référence', 'Cible', 'Source', 'Fréquence']);
    expect(logframeHeader('rse')).toEqual(logframeHeader('fondation'));
  });
});

describe('dossier content', () => {
  it('writes the amount requested in French, the duration and the period', () => {
    const v = noteData(facts()).values;
    expect(v.montant).toBe('25\u00a0000\u00a0000\u00a0FCFA');
    expect(v.montant_fcfa).toBe('');
    expect(v.duree).toBe('12 mois');
    expect(periodText('2027-03-15', '2028-02-29')).toBe('du 15 mars 2027 au 29 février 2028');
    expect(projectMonths('2027-11-15', '2028-02-01')).toBe(4);
    expect(noteData(facts({ opportunity: { ...facts().opportunity, amount: 20_000, currency: 'EUR' }, amountXof: 13_119_140 })).values.montant_fcfa).toBe(
      '13\u00a0119\u00a0140\u00a0FCFA',
    );
  });

  it('seeds the logframe with the objectives known and results and activities to fill', () => {
    const lines = logframeLines(facts({ opportunity: { ...facts().opportunity, axis: 'Jeunesse' } }));
    expect(lines.slice(0, 2)).toEqual([
      { niveau: 'Objectif général', intitule: 'Contribuer à l’axe stratégique « Jeunesse »' },
      { niveau: 'Objectif spécifique', intitule: 'Radio des jeunes' },
    ]);
    expect(lines.filter((l) => l.niveau === 'Résultat')).toHaveLength(3);
    expect(lines.filter((l) => l.niveau === 'Activité')).toHaveLength(6);
  });

  it('turns each weak due-diligence score into a risk, adds the exchange risk of a floating currency', () => {
    const dd = { legal: 4, governance: 1, finance: 3, reputation: null, risks: 2, comment: '' };
    const usd = facts({ opportunity: { ...facts().opportunity, currency: 'USD' } });
    const risks = riskLines(usd, dd).map((r) => [r.risk, r.likelihood]);
    expect(risks.slice(0, 2)).toEqual([
      ['Gouvernance à renforcer (due diligence : 1/5)', 'Élevé'],
      ['Risques relevés lors de la due diligence (due diligence : 2/5)', 'Moyen'],
    ]);
    expect(risks.map((r) => r[0])).toContain('Variation du taux de change USD/FCFA');
    expect(riskLines(facts(), null).map((r) => r.risk)).not.toContain('Variation du taux de change XOF/FCFA');
  });

  it('splits the amount requested over the budget’s categories exactly, with line, subtotal and total formulas', () => {
    const grid = budgetGrid({ title: 'Radio', base: 'fondation', currency: 'XOF', rate: 1, rateDate: '', amount: 1_000_001, amountXof: 1_000_001 });
    expect(budgetTotals(grid.cells.map((r) => r.map((c) => (typeof c === 'object' ? '' : c))))).toEqual({
      total: 1_000_001,
      donor: 1_000_001,
      byCategory: { Activités: 600_001, 'Ressources humaines': 250_000, Fonctionnement: 150_000 },
    });
    const csv = toCsv(grid).split('\r\n');
    expect(csv[5]).toBe('Activités,Activités (à détailler),forfait,1,600001,=D6*E6,100%,0%,0%,=F6*G6,=F6/$B$2,=J6/$B$2');
    expect(csv[8]).toBe('Sous-total Activités,,,,,=SUM(F6:F8),,,,=SUM(J6:J8),=SUM(K6:K8),=SUM(L6:L8)');
    expect(csv.at(-1)).toBe('TOTAL GÉNÉRAL,,,,,=F9+F13+F18,,,,=J9+J13+J18,=K9+K13+K18,=L9+L13+L18');
  });

  it('writes a rate with decimals as a formula and never a title as one', () => {
    const csv = toCsv(budgetGrid({ title: '=HYPERLINK("x")', base: 'rse', currency: 'EUR', rate: 655.957, rateDate: '', amount: null, amountXof: null }));
    expect(csv.split('\r\n')[0]).toBe('"Budget — =HYPERLINK(""x"")",,,,,,,,,,,');
    expect(csv.split('\r\n')[1].split(',')[1]).toBe('=655957/1000');
    expect(toCsv({ cells: [['=1+1', '-2', '@x']] })).toBe('’=1+1,’-2,’@x');
  });

  it('plans every activity within the project months, headed so the checks read them back', () => {
    expect(periodMonths('2027-11-01', '2028-02-28').map((m) => `${m.year}-${m.month}`)).toEqual(['2027-11', '2027-12', '2028-1', '2028-2']);
    const grid = planGrid('2027-01-01', '2027-06-30', 'awa@ajcad.org');
    expect(grid.cells[0]).toEqual([
      'Activité',
      'Résultat',
      'Responsable',
      'M1 (janv. 2027)',
      'M2 (févr. 2027)',
      'M3 (mars 2027)',
      'M4 (avr. 2027)',
      'M5 (mai 2027)',
      'M6 (juin 2027)',
    ]);
    expect(parseMonthLabel('M2 (févr. 2027)')).toEqual({ year: 2027, month: 2 });
    expect(parseMonthLabel('févr. 2027')).toBeNull();
    for (const row of grid.cells.slice(1)) {
      expect(row).toHaveLength(9);
      expect(row.slice(3)).toContain('X');
    }
  });
});
