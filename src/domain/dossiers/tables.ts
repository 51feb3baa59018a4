/**
 * « Dossiers »: one proposal dossier per pipeline opportunity — its kit (the templates of one
 * funder type, dossiers/kits.ts), its status, the project period, the amount requested, the
 * deadline, and the URLs of its five files (their layout: dossiers/layout.ts).
 */
import { defineTable, withInputLimits } from '../schema/field';
import { CURRENCIES } from '../schema/vocabulary';
import { REVIEW_STEP_NAMES, SUBMISSION_CHANNELS } from './review';

export const DOSSIER_STATUSES = ['En préparation', 'En revue interne', 'Prêt à soumettre', 'Soumis', 'Accepté', 'Refusé'] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const DOSSIERS = defineTable(
  'dossiers',
  'Dossiers',
  'DOS',
  withInputLimits([
    { key: 'opportunityId', header: 'ID opportunité', type: 'ref', ref: 'opportunities', required: true },
    { key: 'partnerId', header: 'ID partenaire', type: 'ref', ref: 'partners', required: true },
    { key: 'partnerName', header: 'Partenaire', type: 'text', system: true },
    { key: 'title', header: 'Opportunité', type: 'text' },
    { key: 'kit', header: 'Kit', type: 'text', required: true, maxLength: 200 },
    { key: 'status', header: 'Statut', type: 'enum', values: DOSSIER_STATUSES, required: true },
    { key: 'startDate', header: 'Début du projet', type: 'date', required: true },
    { key: 'endDate', header: 'Fin du projet', type: 'date', required: true },
    { key: 'amount', header: 'Montant demandé', type: 'money', min: 0 },
    { key: 'currency', header: 'Devise', type: 'currency', values: CURRENCIES },
    { key: 'deadline', header: 'Date limite de dépôt', type: 'date' },
    { key: 'owner', header: 'Responsable', type: 'email' },
    { key: 'folderUrl', header: 'Dossier Drive', type: 'url' },
    { key: 'conceptNoteUrl', header: 'Note conceptuelle', type: 'url' },
    { key: 'logframeUrl', header: 'Cadre logique', type: 'url' },
    { key: 'budgetUrl', header: 'Budget', type: 'url' },
    { key: 'planUrl', header: 'Plan de mise en œuvre', type: 'url' },
    { key: 'risksUrl', header: 'Analyse des risques', type: 'url' },
    // The internal review (dossiers/review.ts), the submission and the funder's decision.
    { key: 'reviewStep', header: 'Étape de revue', type: 'enum', values: REVIEW_STEP_NAMES, addedLater: true },
    { key: 'reviewRequestedBy', header: 'Revue demandée par', type: 'email', addedLater: true },
    { key: 'reviewRequestedAt', header: 'Revue demandée le', type: 'text', addedLater: true },
    { key: 'reviewLog', header: 'Historique de la revue', type: 'longtext', addedLater: true },
    { key: 'submittedOn', header: 'Soumis le', type: 'date', addedLater: true },
    { key: 'channel', header: 'Canal de soumission', type: 'enum', values: SUBMISSION_CHANNELS, addedLater: true },
    { key: 'reference', header: 'Référence de soumission', type: 'text', addedLater: true },
    { key: 'decidedOn', header: 'Décision du bailleur le', type: 'date', addedLater: true },
    { key: 'decisionReason', header: 'Motif du refus', type: 'longtext', addedLater: true },
  ]),
);
