/**
 * « Évaluations »: one row per joint evaluation of a partner — created when it falls due (daily
 * job) or when someone starts it, our grid (one column per dimension), the Google Form campaign
 * that collects the partner's grid, and the decision that closes it.
 */
import { defineTable, withInputLimits, type FieldSpec } from '../schema/field';
import { DIMENSIONS, LEVELS } from './grid';

export const EVALUATION_STATUSES = ['À faire', 'En cours', 'Décidée'] as const;
export const EVALUATION_DECISIONS = ['Renforcer', 'Maintenir', 'Réorienter', 'Clore'] as const;
export type EvaluationDecision = (typeof EVALUATION_DECISIONS)[number];

/** The column key of our rating of a dimension. */
export const ourKey = (dimension: string): string => `our_${dimension}`;

export const EVALUATIONS = defineTable(
  'evaluations',
  'Évaluations',
  'EVA',
  withInputLimits([
    { key: 'partnerId', header: 'ID partenaire', type: 'ref', ref: 'partners', required: true },
    { key: 'partnerName', header: 'Partenaire', type: 'text', system: true },
    { key: 'due', header: 'Échéance', type: 'date' },
    { key: 'owner', header: 'Responsable', type: 'email' },
    { key: 'status', header: 'Statut', type: 'enum', values: EVALUATION_STATUSES, required: true },
    ...DIMENSIONS.map((d): FieldSpec => ({ key: ourKey(d.key), header: `${d.label} (nous)`, type: 'enum', values: LEVELS })),
    { key: 'ourComments', header: 'Commentaires (nous)', type: 'longtext' },
    // The survey campaign whose Form the partner fills in (its answers are read from « Réponses »).
    { key: 'campaignId', header: 'ID enquête partenaire', type: 'text', system: true },
    { key: 'decision', header: 'Décision', type: 'enum', values: EVALUATION_DECISIONS },
    { key: 'justification', header: 'Justification', type: 'longtext' },
    { key: 'lessons', header: 'Leçons apprises', type: 'longtext' },
    { key: 'decidedBy', header: 'Décidé par', type: 'email' },
    { key: 'decidedOn', header: 'Date de décision', type: 'date' },
    // IDs of what the decision created (follow-up, exit plan), so a look at the row tells what happened.
    { key: 'followUp', header: 'Suites créées', type: 'text', system: true },
    // The closing report's Doc a « Clore » decision wrote (domain/evaluation/closing-report.ts).
    { key: 'closingReportUrl', header: 'Rapport de clôture', type: 'url', system: true, addedLater: true },
  ]),
);
