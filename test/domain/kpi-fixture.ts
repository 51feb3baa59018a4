/**
 * A fixed data set for the KPI tests, small enough to count by hand (see kpi.test.ts for each
 * expected value and its arithmetic). « Today » is 10 April 2026.
 */
import type { KpiData } from '../../src/domain/kpi/compute';

const log = (...steps: [string, string][]) => JSON.stringify(steps.map(([stage, at]) => ({ stage, at: `${at} 09:00:00`, by: 'a@x.org' })));
const scores = (...v: (number | null)[]) =>
  Object.fromEntries(['collaboration', 'communication', 'commitments', 'accountability', 'addedValue', 'resultsSharing'].map((k, i) => [k, v[i] ?? null]));

export const TODAY = '2026-04-10';

export const KPI_DATA: KpiData = {
  partners: [
    { id: 'PAR-1', type: 'OSC', createdAt: '2026-03-05 10:00:00', stageLog: log(['Identification', '2026-03-05'], ['Analyse', '2026-03-20']) },
    {
      id: 'PAR-2',
      type: 'PTF / bailleur',
      createdAt: '2026-02-10 10:00:00',
      stageLog: log(['Identification', '2026-02-10'], ['Analyse', '2026-02-15'], ['Approbation', '2026-03-02']),
    },
    { id: 'PAR-3', type: 'Fondation', createdAt: '2025-12-15 10:00:00', stageLog: '' },
    // Archived: never counts.
    { id: 'PAR-4', type: 'OSC', createdAt: '2026-03-10 10:00:00', stageLog: log(['Analyse', '2026-03-10']), archivedAt: '2026-03-11 08:00:00' },
  ],
  analyses: [
    { partnerId: 'PAR-2', decision: 'Approuvé', decidedOn: '2026-03-03' },
    { partnerId: 'PAR-3', decision: 'Approuvé', decidedOn: '2026-03-25' },
    { partnerId: 'PAR-1', decision: '', decidedOn: '' },
  ],
  interactions: [
    { partnerId: 'PAR-1', date: '2026-03-06', type: 'Appel' },
    { partnerId: 'PAR-1', date: '2026-03-15', type: 'Atelier' },
    { partnerId: 'PAR-2', date: '2026-02-12', type: 'Rendez-vous' },
    { partnerId: 'PAR-2', date: '2026-03-08', type: 'Atelier' },
    { partnerId: 'PAR-3', date: '2025-12-20', type: 'Courriel' },
    { partnerId: 'PAR-4', date: '2026-03-10', type: 'Atelier', archivedAt: '2026-03-11 08:00:00' },
  ],
  opportunities: [
    {
      id: 'OPP-1',
      stage: 'Signée',
      createdAt: '2026-03-01 09:00:00',
      stageLog: log(
        ['Cible', '2026-03-01'],
        ['Note conceptuelle', '2026-03-05'],
        ['Négociation', '2026-03-10'],
        ['Signature', '2026-03-15'],
        ['Signée', '2026-03-20'],
      ),
    },
    {
      id: 'OPP-2',
      stage: 'Refusée',
      createdAt: '2026-02-01 09:00:00',
      stageLog: log(['Contact', '2026-02-01'], ['Note conceptuelle', '2026-02-20'], ['Refusée', '2026-03-18']),
    },
    // No history (made before the column): decided on its last change, never « submitted » (abandoned).
    { id: 'OPP-3', stage: 'Abandonnée', createdAt: '2026-01-05 09:00:00', updatedAt: '2026-03-30 09:00:00', stageLog: '' },
    // No history: created at « Note conceptuelle », submitted on its creation day.
    { id: 'OPP-4', stage: 'Note conceptuelle', createdAt: '2026-03-22 09:00:00', stageLog: '' },
  ],
  resources: [
    { id: 'RES-1', partnerId: 'PAR-2', date: '2026-03-10', kind: 'Financière', amount: 1_000_000, currency: 'XOF', amountXof: 1_000_000, axis: 'Axe 1' },
    // An older row without « Montant (FCFA) »: converted at the EUR parity (1 000 × 655,957).
    { id: 'RES-2', partnerId: 'PAR-1', date: '2026-03-15', kind: 'Financière', amount: 1_000, currency: 'EUR', amountXof: null, axis: 'Axe 2' },
    { id: 'RES-3', partnerId: 'PAR-1', date: '2026-03-20', kind: 'En nature', amount: 200_000, currency: 'XOF', amountXof: 200_000, axis: 'Axe 2' },
    {
      id: 'RES-4',
      partnerId: 'PAR-2',
      date: '2026-03-25',
      kind: 'Financière',
      amount: 5_000_000,
      currency: 'XOF',
      amountXof: 5_000_000,
      archivedAt: '2026-03-26 08:00:00',
    },
    { id: 'RES-5', partnerId: 'PAR-2', date: '2026-02-01', kind: 'Financière', amount: 300_000, currency: 'XOF', amountXof: 300_000, axis: 'Axe 1' },
    // CONV-2's pledge fed from the convention, and a receipt typed against its amendment CONV-4: one contribution, max(2 000 000, 500 000).
    {
      id: 'RES-6',
      partnerId: 'PAR-2',
      date: '2026-03-05',
      kind: 'Financière',
      amount: 2_000_000,
      currency: 'XOF',
      amountXof: 2_000_000,
      status: 'Promise',
      conventionId: 'CONV-2',
      axis: 'Axe 1',
      source: 'Convention CONV-2 — numéraire',
    },
    {
      id: 'RES-7',
      partnerId: 'PAR-2',
      date: '2026-03-28',
      kind: 'Financière',
      amount: 500_000,
      currency: 'XOF',
      amountXof: 500_000,
      status: 'Reçue',
      conventionId: 'CONV-4',
    },
    // No rate for GBP: « taux à saisir », left out of the sums (never read as 0).
    { id: 'RES-8', partnerId: 'PAR-1', date: '2026-03-29', kind: 'Financière', amount: 100, currency: 'GBP', amountXof: null, axis: 'Axe 2' },
  ],
  conventions: [
    { id: 'CONV-1', partnerId: 'PAR-1', type: 'Convention de partenariat', status: 'Active', startDate: '2026-03-20', endDate: '2027-03-19' },
    { id: 'CONV-2', partnerId: 'PAR-2', type: 'Accord de financement', status: 'Active', startDate: '2025-06-01', endDate: '2026-12-31' },
    // Signed, no signature row, no deliverable: formalised on its start date, up to date.
    { id: 'CONV-3', partnerId: 'PAR-3', type: 'Protocole d’accord (MoU)', status: 'Signée', startDate: '2026-03-01', endDate: '2026-08-31' },
    { id: 'CONV-4', partnerId: 'PAR-2', type: 'Avenant', status: 'Signée', startDate: '2026-03-05', amends: 'CONV-2' },
    { id: 'CONV-5', partnerId: 'PAR-3', type: 'Convention de partenariat', status: 'Brouillon', startDate: '2026-03-01' },
  ],
  signatures: [
    { conventionId: 'CONV-1', party: 'Partenaire', date: '2026-03-18' },
    { conventionId: 'CONV-1', party: 'Nous', date: '2026-03-19' },
    { conventionId: 'CONV-2', party: 'Nous', date: '2025-05-20' },
  ],
  commitments: [
    { id: 'ENG-1', conventionId: 'CONV-2', kind: 'Livrable', party: 'Partenaire', due: '2026-03-15', status: 'En retard', doneOn: '' },
    { id: 'ENG-2', conventionId: 'CONV-1', kind: 'Rapport narratif', party: 'Nous', due: '2026-03-25', status: 'Réalisé', doneOn: '2026-03-24' },
    { id: 'ENG-3', conventionId: 'CONV-1', kind: 'Versement', party: 'Nous', due: '2026-03-10', status: 'Réalisé', doneOn: '2026-03-12' },
    { id: 'ENG-4', conventionId: 'CONV-2', kind: 'Rapport financier', party: 'Partenaire', due: '2026-03-31', status: 'Réalisé', doneOn: '2026-03-30' },
    { id: 'ENG-5', conventionId: 'CONV-2', kind: 'Livrable', party: 'Nous', due: '2026-03-20', status: 'Annulé', doneOn: '' },
    { id: 'ENG-6', conventionId: 'CONV-1', kind: 'Livrable', party: 'Nous', due: '2026-04-20', status: 'À venir', doneOn: '' },
    { id: 'ENG-7', conventionId: 'CONV-2', kind: 'Rapport', party: 'Partenaire', due: '2026-03-05', status: 'Réalisé', doneOn: '2026-03-05' },
  ],
  events: [
    { id: 'EVT-1', date: '2026-03-12', type: 'OpenDay', status: 'Tenu' },
    { id: 'EVT-2', date: '2026-03-28', type: 'Restitution', status: 'Planifié' },
    { id: 'EVT-3', date: '2026-01-15', type: 'Visite', status: 'Tenu' },
  ],
  responses: [
    { campaignId: 'ENQ-1', token: 'T1', partnerId: 'PAR-1', flag: '', submittedAt: '2026-03-10 09:00:00', ...scores(4, 4, 4, 4, 4, 4), nps: 9 },
    { campaignId: 'ENQ-1', token: 'T2', partnerId: 'PAR-2', flag: '', submittedAt: '2026-03-11 09:00:00', ...scores(5, 3), nps: 7 },
    // Same respondent again: the first answer counts, this one is a duplicate.
    { campaignId: 'ENQ-1', token: 'T1', partnerId: 'PAR-1', flag: '', submittedAt: '2026-03-12 09:00:00', ...scores(1, 1, 1, 1, 1, 1), nps: 0 },
    { campaignId: 'ENQ-1', token: 'T3', partnerId: 'PAR-3', flag: 'doublon', submittedAt: '2026-03-13 09:00:00', ...scores(1, 1, 1, 1, 1, 1), nps: 0 },
    { campaignId: 'ENQ-0', token: 'T4', partnerId: 'PAR-3', flag: '', submittedAt: '2026-02-05 09:00:00', ...scores(3, 3, 3, 3, 3, 3), nps: 8 },
  ],
  evaluations: [
    { id: 'EVA-1', status: 'Décidée', decision: 'Renforcer', decidedOn: '2026-03-14' },
    { id: 'EVA-2', status: 'Décidée', decision: 'Maintenir', decidedOn: '2026-03-28' },
    { id: 'EVA-3', status: 'Décidée', decision: 'Clore', decidedOn: '2026-02-20' },
    { id: 'EVA-4', status: 'En cours', decision: '', decidedOn: '' },
  ],
};
