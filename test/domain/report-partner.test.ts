/**
 * « Rapport au partenaire » for Fondation Alpha in May 2026, on a fixture that also holds what the
 * partner must never read: our due-diligence analysis, internal notes, risks and mitigations, our
 * evaluation comments, and another partner invited to the same event.
 */
import { partnerReport, PartnerReportError, type PartnerReportData } from '../../src/domain/reports/partner';
import { reportProblems } from '../../src/domain/reports/document';
import { monthPeriod } from '../../src/domain/kpi/periods';
import { DIMENSIONS } from '../../src/domain/evaluation/grid';
import { ourKey } from '../../src/domain/evaluation/tables';
import { docText, sectionText, tableOf } from '../support/report-text';

const CTX = { today: '2026-06-03', organisation: 'AJCAD Mali', author: 'Awa Traoré' };
const MAY = monthPeriod(2026, 5);

const DATA: PartnerReportData = {
  partners: [
    { id: 'PAR-1', name: 'Fondation Alpha', notes: 'NOTE INTERNE : dirigeant peu fiable', priority: 81, quadrant: 'Gérer de près' },
    { id: 'PAR-2', name: 'Fondation Concurrente', notes: '' },
  ],
  interactions: [
    {
      id: 'INT-1',
      partnerId: 'PAR-1',
      date: '2026-05-06',
      type: 'Rendez-vous',
      summary: 'Confidentiel : ils hésitent',
      decisions: 'Lancer la seconde phase',
      nextSteps: 'Envoyer le budget révisé',
      nextDue: '2026-06-20',
    },
    { id: 'INT-2', partnerId: 'PAR-2', date: '2026-05-07', type: 'Appel', decisions: 'Décision chez le concurrent' },
    { id: 'INT-3', partnerId: 'PAR-1', date: '2026-04-02', type: 'Appel', decisions: 'Hors période' },
  ],
  conventions: [
    {
      id: 'CONV-1',
      partnerId: 'PAR-1',
      type: 'Accord de financement',
      status: 'Active',
      startDate: '2025-08-01',
      endDate: '2026-08-01',
      purpose: 'Appui à l’entrepreneuriat des jeunes',
    },
    { id: 'CONV-2', partnerId: 'PAR-1', type: 'Avenant', status: 'Brouillon', purpose: 'Avenant en préparation interne' },
    { id: 'CONV-3', partnerId: 'PAR-2', type: 'Convention de partenariat', status: 'Active', purpose: 'Convention du concurrent' },
  ],
  commitments: [
    {
      id: 'ENG-1',
      conventionId: 'CONV-1',
      label: 'Rapport narratif',
      party: 'Nous',
      due: '2026-05-10',
      status: 'Réalisé',
      doneOn: '2026-05-08',
      risk: 'Élevé',
      mitigation: 'Mesure confidentielle',
    },
    { id: 'ENG-2', conventionId: 'CONV-1', label: 'Seconde tranche', party: 'Partenaire', due: '2026-05-15', status: 'En retard' },
    { id: 'ENG-3', conventionId: 'CONV-1', label: 'Visite de terrain', party: 'Partenaire', due: '2026-05-20', status: 'Réalisé', doneOn: '2026-05-25' },
    { id: 'ENG-4', conventionId: 'CONV-1', label: 'Rapport financier', party: 'Nous', due: '2026-07-15', status: 'À venir' },
    { id: 'ENG-5', conventionId: 'CONV-3', label: 'Engagement du concurrent', party: 'Partenaire', due: '2026-05-12', status: 'En retard' },
  ],
  resources: [
    {
      id: 'RES-1',
      partnerId: 'PAR-1',
      date: '2026-05-12',
      kind: 'Financière',
      label: 'Première tranche',
      status: 'Reçue',
      amount: 2000,
      currency: 'EUR',
      amountXof: 1_311_914,
    },
    {
      id: 'RES-2',
      partnerId: 'PAR-1',
      date: '2026-05-30',
      kind: 'En nature',
      label: 'Salle de formation',
      status: 'Promise',
      amount: 150_000,
      currency: 'XOF',
      amountXof: 150_000,
    },
    {
      id: 'RES-3',
      partnerId: 'PAR-2',
      date: '2026-05-12',
      kind: 'Financière',
      label: 'Don du concurrent',
      status: 'Reçue',
      amount: 9_999_999,
      amountXof: 9_999_999,
    },
  ],
  events: [
    {
      id: 'EVT-1',
      date: '2026-05-21',
      type: 'Restitution',
      title: 'Restitution annuelle',
      partnerIds: 'PAR-1, PAR-2',
      status: 'Tenu',
      place: 'Bamako',
      results: '- 120 jeunes formés\n- 30 entreprises créées',
      followUps: 'Co-organiser l’OpenDay de septembre',
      notes: 'Note interne sur la salle',
    },
    { id: 'EVT-2', date: '2026-09-10', type: 'OpenDay', title: 'OpenDay 2026', partnerIds: 'PAR-1', status: 'Planifié', place: 'Ségou' },
  ],
  participants: [
    { id: 'PTC-1', eventId: 'EVT-1', partnerId: 'PAR-1', name: 'Mariam Keïta', attendance: 'Présent' },
    { id: 'PTC-2', eventId: 'EVT-1', partnerId: 'PAR-1', name: 'Ousmane Diallo', attendance: 'Excusé' },
    { id: 'PTC-3', eventId: 'EVT-1', partnerId: 'PAR-2', name: 'Jean Rival', attendance: 'Présent' },
  ],
  evaluations: [
    {
      id: 'EVA-1',
      partnerId: 'PAR-1',
      status: 'Décidée',
      decidedOn: '2026-05-28',
      decision: 'Renforcer',
      ourComments: 'Commentaire interne',
      justification: 'Justification interne',
      lessons: 'Leçon interne',
      ...Object.fromEntries(DIMENSIONS.map((d) => [ourKey(d.key), 'Vert'])),
    },
  ],
  responses: [
    { id: 'REP-1', partnerId: 'PAR-1', submittedAt: '2026-05-29 09:00', nps: 9, comments: 'Très satisfaits' },
    { id: 'REP-2', partnerId: 'PAR-2', submittedAt: '2026-05-29 09:00', nps: 2 },
  ],
};

describe('rapport au partenaire', () => {
  const doc = partnerReport(DATA, 'PAR-1', MAY, CTX);
  const all = docText(doc);

  it('is addressed to the partner for the period, well formed', () => {
    expect(reportProblems(doc)).toEqual([]);
    expect(doc.title).toMatchObject({
      title: 'Rapport au partenaire — Fondation Alpha',
      subtitle: 'Ce que nous avons fait ensemble',
      period: 'mai 2026',
      date: '3 juin 2026',
    });
    expect(sectionText(doc, '1.')).toContain('1 échange, 1 événement tenu ensemble, 3 engagements suivis et 2 contributions enregistrées');
  });

  it('says what was done together: the exchanges’ decisions, the event with the partner’s own attendance, the conventions', () => {
    expect(tableOf(doc, 'Échanges avec Fondation Alpha').rows).toEqual([['6 mai 2026', 'Rendez-vous', 'Lancer la seconde phase']]);
    expect(tableOf(doc, 'Événements tenus ensemble').rows).toEqual([
      ['21 mai 2026', 'Restitution annuelle (Restitution)', 'Bamako', '1 sur 2 invités (Mariam Keïta)'],
    ]);
    expect(tableOf(doc, 'Conventions').rows).toEqual([
      ['Accord de financement (CONV-1)', 'Appui à l’entrepreneuriat des jeunes', '1er août 2025 – 1er août 2026', 'Active'],
    ]);
  });

  it('shows the commitments of both sides: on time, late then done, overdue', () => {
    const t = tableOf(doc, 'Engagements des deux parties');
    expect(t.rows).toEqual([
      ['Rapport narratif', 'AJCAD Mali', '10 mai 2026', 'Réalisé à temps'],
      ['Seconde tranche', 'Fondation Alpha', '15 mai 2026', 'En retard'],
      ['Visite de terrain', 'Fondation Alpha', '20 mai 2026', 'Réalisé en retard (25 mai 2026)'],
    ]);
    expect(t.tones).toEqual(['green', 'red', 'orange']);
    expect(sectionText(doc, '3.')).toContain('Fondation Alpha : 2 engagements — 0 réalisé à temps, 1 en retard puis réalisé, 1 en retard, 0 à venir.');
  });

  it('counts the resources in cash and in kind, the results, and the next steps', () => {
    expect(sectionText(doc, '4.').replace(/\u00a0/g, ' ')).toContain('votre contribution reçue s’élève à 1 311 914 FCFA, et 150 000 FCFA sont annoncés');
    expect(tableOf(doc, 'Contributions de la période').rows.map((r) => r[4].replace(/\u00a0/g, ' '))).toEqual(['2 000,00 €', '150 000 FCFA']);
    const results = sectionText(doc, '5.');
    expect(results).toContain('120 jeunes formés');
    expect(results).toContain('appréciation d’ensemble vert ; décision commune : renforcer le partenariat');
    expect(results).toContain('note moyenne de recommandation : 9,0/10');
    const next = sectionText(doc, '6.');
    expect(next).toContain('Rapport financier — AJCAD Mali, pour le 15 juillet 2026.');
    expect(next).toContain('Envoyer le budget révisé (d’ici le 20 juin 2026).');
    expect(next).toContain('Co-organiser l’OpenDay de septembre');
    expect(next).toContain('OpenDay 2026 (OpenDay), le 10 septembre 2026 à Ségou.');
  });

  it('leaks nothing internal: no score, note, risk, mitigation, evaluation comment, draft, nor the other partner', () => {
    for (const secret of [
      'NOTE INTERNE',
      'Gérer de près',
      '81',
      'Confidentiel',
      'Mesure confidentielle',
      'Élevé',
      'Commentaire interne',
      'Justification interne',
      'Leçon interne',
      'Note interne sur la salle',
      'Avenant en préparation interne',
      'Très satisfaits',
      'Fondation Concurrente',
      'Jean Rival',
      'concurrent',
      '9 999 999',
      'Hors période',
      'due diligence',
    ])
      expect(all).not.toContain(secret);
    expect(all.toLowerCase()).not.toContain('score');
  });

  it('an empty period says so in each section, and an unknown partner is refused in French', () => {
    const empty = partnerReport(DATA, 'PAR-1', monthPeriod(2025, 1), CTX);
    expect(reportProblems(empty)).toEqual([]);
    expect(sectionText(empty, '1.')).toBe(
      'Aucune activité commune n’est enregistrée pour janvier 2025 : ce rapport le constate et propose les prochaines étapes.',
    );
    expect(sectionText(empty, '2.')).toBe('Aucun échange, événement ni convention sur la période.');
    expect(sectionText(empty, '4.')).toBe('Aucune contribution n’est enregistrée sur la période.');
    expect(() => partnerReport(DATA, 'PAR-9', MAY, CTX)).toThrow(PartnerReportError);
    expect(() => partnerReport(DATA, 'PAR-9', MAY, CTX)).toThrow('Partenaire PAR-9 introuvable');
  });
});
