/**
 * The readiness sheets. « Auto-évaluations »: one row per assessment (ours when it names no
 * partner, else that sub-partner's), its scores once finished. « Réponses auto-évaluation »: the
 * answers in long form, one row per question answered, appended by each save (the last row of a
 * question is its answer): a save is one block written, the grid may gain questions without new
 * columns, and each answer keeps its evidence beside it. « Plan de renforcement »: the actions of
 * the gap plan, followed in Ma semaine and the digests like commitments. « Documents
 * institutionnels »: the checklist donors ask for.
 */
import { defineTable, withInputLimits, type FieldSpec } from '../schema/field';
import { ANSWERS, AREAS } from './grid';
import { RISK_LEVELS } from './score';
import { GAP_PRIORITIES } from './gap-plan';
import { DOCUMENT_STATUSES } from './documents';

export const ASSESSMENT_STATUSES = ['En cours', 'Terminée'] as const;
export const GAP_STATUSES = ['À faire', 'En cours', 'Réalisée', 'Annulée'] as const;
/** The subject of an assessment of our own organisation (no partner ID). */
export const OWN_SUBJECT = 'Auto-évaluation';

/** The column key of an area's score. */
export const areaScoreKey = (area: string): string => `score_${area}`;

export const ASSESSMENTS = defineTable(
  'assessments',
  'Auto-évaluations',
  'AUT',
  withInputLimits([
    { key: 'date', header: 'Date', type: 'date', required: true },
    // Blank for our own organisation; a sub-partner's ID when the grid assesses it.
    { key: 'partnerId', header: 'ID partenaire', type: 'ref', ref: 'partners' },
    { key: 'subject', header: 'Évalué', type: 'text' },
    { key: 'status', header: 'Statut', type: 'enum', values: ASSESSMENT_STATUSES, required: true },
    { key: 'owner', header: 'Responsable', type: 'email' },
    // Written once, with the status, when the assessment is finished (journaled as any change).
    { key: 'overall', header: 'Score global (%)', type: 'number' },
    { key: 'risk', header: 'Niveau de risque', type: 'enum', values: RISK_LEVELS },
    ...AREAS.map((a): FieldSpec => ({ key: areaScoreKey(a.key), header: `Score ${a.label} (%)`, type: 'number' })),
    { key: 'finishedOn', header: 'Terminée le', type: 'date' },
  ]),
);

export const ASSESSMENT_ANSWERS = defineTable(
  'assessmentAnswers',
  'Réponses auto-évaluation',
  'RAE',
  withInputLimits([
    { key: 'assessmentId', header: 'ID auto-évaluation', type: 'ref', ref: 'assessments', required: true },
    { key: 'questionCode', header: 'Question', type: 'text', required: true },
    { key: 'questionText', header: 'Intitulé', type: 'text', maxLength: 500 },
    { key: 'answer', header: 'Réponse', type: 'enum', values: ANSWERS, required: true },
    { key: 'evidence', header: 'Justificatif', type: 'longtext', maxLength: 5000 },
  ]),
);

export const GAP_ACTIONS = defineTable(
  'gapActions',
  'Plan de renforcement',
  'PLR',
  withInputLimits([
    { key: 'assessmentId', header: 'ID auto-évaluation', type: 'ref', ref: 'assessments', required: true },
    { key: 'subject', header: 'Évalué', type: 'text' },
    { key: 'questionCode', header: 'Question', type: 'text' },
    { key: 'area', header: 'Domaine', type: 'text' },
    { key: 'action', header: 'Action', type: 'text', required: true, maxLength: 500 },
    { key: 'priority', header: 'Priorité', type: 'enum', values: GAP_PRIORITIES, required: true },
    { key: 'owner', header: 'Responsable', type: 'email' },
    { key: 'due', header: 'Échéance', type: 'date', required: true },
    { key: 'status', header: 'Statut', type: 'enum', values: GAP_STATUSES, required: true },
    { key: 'doneOn', header: 'Date de réalisation', type: 'date' },
  ]),
);

export const INSTITUTIONAL_DOCUMENTS = defineTable(
  'institutionalDocuments',
  'Documents institutionnels',
  'DIN',
  withInputLimits([
    { key: 'document', header: 'Document', type: 'text', required: true, maxLength: 200 },
    { key: 'fileUrl', header: 'Fichier (Drive)', type: 'url' },
    { key: 'issuedOn', header: 'Date d’émission', type: 'date' },
    { key: 'expiresOn', header: 'Date d’expiration', type: 'date' },
    // Written at each save from the spreadsheet's day; the sidebar always reads it afresh.
    { key: 'status', header: 'État', type: 'enum', values: DOCUMENT_STATUSES, system: true },
  ]),
);

export const READINESS_TABLES = [ASSESSMENTS, ASSESSMENT_ANSWERS, GAP_ACTIONS, INSTITUTIONAL_DOCUMENTS] as const;
