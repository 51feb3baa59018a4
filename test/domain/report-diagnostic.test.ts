/**
 * « Diagnostic des partenariats existants » on a fixed registry of four live partners (and one
 * archived), with every count checked by hand against the fixture below.
 */
import { diagnosticReport, type DiagnosticData } from '../../src/domain/reports/diagnostic';
import { NOTHING_TO_REPORT, reportProblems, type ReportDocument } from '../../src/domain/reports/document';
import { DIMENSIONS } from '../../src/domain/evaluation/grid';
import { ourKey } from '../../src/domain/evaluation/tables';
import { docText, sectionText, tableOf } from '../support/report-text';

const TODAY = '2026-06-15';
const CTX = { today: TODAY, organisation: 'AJCAD Mali', author: 'Awa Traoré', strategicAxes: ['Jeunesse', 'Paix', 'Gouvernance'] };
const grades = (n: number) => ({ legal: n, governance: n, finance: n, reputation: n, alignment: n, risks: n });

const EMPTY: DiagnosticData = {
  partners: [],
  opportunities: [],
  interactions: [],
  analyses: [],
  conventions: [],
  commitments: [],
  resources: [],
  responses: [],
  evaluations: [],
};

/**
 * - PAR-1 Fondation Alpha: strategic, convention CONV-1 active ending 1 Aug 2026 (within 90 days, no renewal),
 *   low analysis (all 1s), a partner commitment overdue since 1 May, 1 000 000 FCFA received.
 * - PAR-2 Mairie de Mopti: institutional, collaborating without a convention, two exchanges in six months → informal, worth
 *   formalising; no analysis.
 * - PAR-3 ONG Beta: operational, convention signed until 2027, last exchange October 2025 (silent), good analysis,
 *   red evaluation, a detractor; our commitment done on time.
 * - PAR-4 Université Gamma: no category, at Identification, nothing else (a prospect).
 * - PAR-5: archived, counted nowhere.
 */
const DATA: DiagnosticData = {
  partners: [
    { id: 'PAR-1', name: 'Fondation Alpha', type: 'Fondation', category: 'Stratégique', stage: 'Collaboration', priority: 80 },
    { id: 'PAR-2', name: 'Mairie de Mopti', type: 'Collectivité territoriale', category: 'Institutionnel', stage: 'Collaboration', priority: 55 },
    { id: 'PAR-3', name: 'ONG Beta', type: 'ONG nationale', category: 'Opérationnel', stage: 'Formalisation', priority: 40 },
    { id: 'PAR-4', name: 'Université Gamma', type: 'Université / recherche', category: '', stage: 'Identification' },
    { id: 'PAR-5', name: 'Ancien partenaire', type: 'OSC', category: 'Financier', stage: 'Collaboration', archivedAt: '2026-01-02 10:00' },
  ],
  opportunities: [{ id: 'OPP-1', partnerId: 'PAR-2', axis: 'Paix', stage: 'Contact' }],
  interactions: [
    { id: 'INT-1', partnerId: 'PAR-1', date: '2026-05-01', type: 'Rendez-vous' },
    { id: 'INT-2', partnerId: 'PAR-2', date: '2026-04-10', type: 'Appel' },
    { id: 'INT-3', partnerId: 'PAR-2', date: '2026-05-20', type: 'Rendez-vous' },
    { id: 'INT-4', partnerId: 'PAR-3', date: '2025-10-01', type: 'Mission' },
  ],
  analyses: [
    { id: 'ANA-1', partnerId: 'PAR-1', ...grades(1) },
    { id: 'ANA-3', partnerId: 'PAR-3', ...grades(5) },
  ],
  conventions: [
    { id: 'CONV-1', partnerId: 'PAR-1', type: 'Accord de financement', status: 'Active', startDate: '2025-08-01', endDate: '2026-08-01' },
    { id: 'CONV-3', partnerId: 'PAR-3', type: 'Convention de partenariat', status: 'Signée', startDate: '2026-01-01', endDate: '2027-12-31' },
  ],
  commitments: [
    { id: 'ENG-1', conventionId: 'CONV-1', label: 'Seconde tranche', party: 'Partenaire', due: '2026-05-01', status: 'En retard' },
    { id: 'ENG-2', conventionId: 'CONV-3', label: 'Rapport narratif', party: 'Nous', due: '2026-03-01', status: 'Réalisé', doneOn: '2026-02-28' },
  ],
  resources: [
    {
      id: 'RES-1',
      partnerId: 'PAR-1',
      conventionId: 'CONV-1',
      kind: 'Financière',
      status: 'Reçue',
      amount: 1_000_000,
      amountXof: 1_000_000,
      axis: 'Jeunesse',
      date: '2026-02-01',
    },
  ],
  responses: [{ id: 'REP-1', partnerId: 'PAR-3', nps: 3, flag: '' }],
  evaluations: [{ id: 'EVA-1', partnerId: 'PAR-3', status: 'Décidée', ...Object.fromEntries(DIMENSIONS.map((d) => [ourKey(d.key), 'Rouge'])) }],
};

const figures = (doc: ReportDocument, caption: string) => tableOf(doc, caption).rows.map((r) => r.slice(0, 2));

describe('diagnostic des partenariats existants', () => {
  const doc = diagnosticReport(DATA, CTX);
  const all = docText(doc);

  it('is a well-formed document: no row of the wrong length, no placeholder, the archived partner nowhere', () => {
    expect(reportProblems(doc)).toEqual([]);
    expect(all).not.toContain('{{');
    expect(all).not.toContain('Ancien partenaire');
    expect(doc.title).toMatchObject({ title: 'Diagnostic des partenariats existants', period: 'au 15 juin 2026', organisation: 'AJCAD Mali' });
  });

  it('counts the inventory by type, category and stage, with one chart by stage', () => {
    expect(figures(doc, 'Partenaires par type')).toEqual([
      ['Collectivité territoriale', '1'],
      ['Fondation', '1'],
      ['ONG nationale', '1'],
      ['Université / recherche', '1'],
      ['Total', '4'],
    ]);
    expect(figures(doc, 'Partenaires par catégorie')).toEqual([
      ['Stratégique', '1'],
      ['Opérationnel', '1'],
      ['Institutionnel', '1'],
      ['Financier', '0'],
      ['Technique', '0'],
      ['Non renseignée', '1'],
      ['Total', '4'],
    ]);
    const stages = Object.fromEntries(figures(doc, 'Partenaires par étape du cycle de vie'));
    expect(stages).toMatchObject({ Identification: '1', Formalisation: '1', Collaboration: '2', Analyse: '0', Total: '4' });
    const charts = doc.blocks.filter((b) => b.kind === 'chart');
    expect(charts).toHaveLength(1);
    expect(tableOf(doc, 'Partenaires par type').rows[0][2]).toBe('25 %');
  });

  it('tells the formalised partnerships from the informal ones and lists those worth formalising', () => {
    expect(sectionText(doc, '3.')).toContain(
      '2 partenariats sont formalisés par une convention signée ou active (50 % du registre). 1 relation active reste informelle, et 1 partenaire est encore au stade de la prospection.',
    );
    expect(tableOf(doc, 'Relations informelles à formaliser').rows).toEqual([['Mairie de Mopti', 'Institutionnel', 'Collaboration', '2', '20 mai 2026', '55']]);
  });

  it('compares the strategic, operational and institutional groups: partners, resources, compliance', () => {
    const t = tableOf(doc, 'Partenaires stratégiques, opérationnels et institutionnels');
    expect(t.rows.map((r) => [r[0], r[1], r[2], r[3].replace(/\u00a0/g, ' '), r[5]])).toEqual([
      ['Stratégique', '1', '1', '1 000 000 FCFA', '0 % (0/1)'],
      ['Opérationnel', '1', '1', '0 FCFA', '100 % (1/1)'],
      ['Institutionnel', '1', '0', '0 FCFA', '—'],
      ['Autres catégories', '1', '0', '0 FCFA', '—'],
    ]);
    expect(t.tones).toEqual(['red', 'green', null, null]);
  });

  it('finds each gap: silence, no analysis, a convention expiring without renewal, empty categories and axes', () => {
    const gaps = sectionText(doc, '5.');
    expect(gaps).toContain('1 partenaire sans interaction depuis plus de 6 mois : ONG Beta (dernier échange le 1er octobre 2025).');
    expect(gaps).toContain('1 partenaire engagé sans analyse de due diligence : Mairie de Mopti.');
    expect(gaps).toContain('1 convention arrive à échéance dans les 90 jours sans renouvellement engagé : Fondation Alpha (CONV-1, fin le 1er août 2026).');
    expect(gaps).toContain('Aucun partenaire dans les catégories « Financier » et « Technique ».');
    expect(gaps).toContain('Aucun partenaire (opportunité ou ressource) sur l’axe stratégique « Gouvernance ».');
    expect(gaps).not.toContain('Université Gamma');
  });

  it('finds each risk: a low score, a partner’s overdue commitment, a red evaluation, a detractor', () => {
    const risks = sectionText(doc, '6.');
    expect(risks).toMatch(/1 partenaire a un score de due diligence faible : Fondation Alpha \(0\/100/);
    expect(risks).toContain('1 partenaire a des engagements en retard : Fondation Alpha (1 engagement, le plus ancien dû le 1er mai 2026).');
    expect(risks).toContain('1 partenaire a une dernière évaluation au rouge : ONG Beta.');
    expect(risks).toContain('Des détracteurs (note de recommandation de 0 à 6) chez 1 partenaire : ONG Beta (1 réponse).');
  });

  it('draws one concrete recommendation from each finding, and the synthesis counts them', () => {
    const recs = doc.blocks.filter((b) => b.kind === 'bullets')[2];
    expect(recs.kind === 'bullets' && recs.items).toHaveLength(9);
    const text = sectionText(doc, '7.');
    expect(text).toContain('Reprendre contact avec ONG Beta');
    expect(text).toContain('Conduire l’analyse de due diligence de Mairie de Mopti');
    expect(text).toContain('renouvellement ou de la clôture des conventions de Fondation Alpha');
    expect(text).toContain('Relancer Fondation Alpha');
    expect(text).toContain('Appeler ONG Beta');
    expect(sectionText(doc, '1.')).toContain('Il relève 5 lacunes et 4 risques, et en tire 9 recommandations.');
    expect(sectionText(doc, 'Annexe')).toContain('Partenariat formalisé');
  });

  it('a renewal under way (an amendment in preparation) is not a gap', () => {
    const renewing = {
      ...DATA,
      conventions: [...DATA.conventions, { id: 'CONV-9', partnerId: 'PAR-1', type: 'Avenant', status: 'Brouillon', amends: 'CONV-1' }],
    };
    expect(sectionText(diagnosticReport(renewing, CTX), '5.')).not.toContain('CONV-1');
  });

  it('an empty registry says so in every section, none left empty', () => {
    const empty = diagnosticReport(EMPTY, CTX);
    expect(reportProblems(empty)).toEqual([]);
    const headings = empty.blocks.map((b, i) => ({ b, next: empty.blocks[i + 1] })).filter((x) => x.b.kind === 'heading');
    for (const { next } of headings) expect(next && next.kind !== 'heading' && next.kind !== 'pageBreak').toBe(true);
    expect(docText(empty)).toContain('ne compte encore aucun partenaire');
    expect(sectionText(empty, '2.')).toBe('Aucun partenaire n’est enregistré.');
    expect(docText(empty)).not.toContain(NOTHING_TO_REPORT);
  });
});
