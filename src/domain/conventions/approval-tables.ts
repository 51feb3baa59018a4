/**
 * Sheets of the approval circuit and signatures, and the generic mail log « Envois »
 * used by the mail notices (app/mail). Same `defineTable(...)` style as schema/tables.ts.
 */
import { defineTable } from '../schema/field';
import { ROLES } from '../schema/vocabulary';

/** A decision row of « Validations ». 'soumise' (order 0) records who submitted the version. */
const VALIDATION_DECISIONS = ['soumise', 'approuvée', 'rejetée', 'modifications demandées', 'non requise'] as const;
export type ValidationDecision = (typeof VALIDATION_DECISIONS)[number];

/** Append-only: one row per decision on one version of a convention. */
export const VALIDATIONS = defineTable('validations', 'Validations', 'VAL', [
  { key: 'conventionId', header: 'ID convention', type: 'ref', ref: 'conventions', required: true },
  { key: 'partnerName', header: 'Partenaire', type: 'text', system: true, addedLater: true },
  { key: 'version', header: 'Version', type: 'integer', min: 1, required: true },
  { key: 'order', header: 'Ordre', type: 'integer', min: 0, required: true },
  { key: 'role', header: 'Étape (rôle)', type: 'enum', values: ROLES, required: true },
  { key: 'validator', header: 'Validateur', type: 'email', required: true },
  { key: 'decision', header: 'Décision', type: 'enum', values: VALIDATION_DECISIONS, required: true },
  { key: 'comment', header: 'Commentaire', type: 'longtext' },
  { key: 'date', header: 'Date', type: 'datetime', required: true },
]);

export const SIGNATURE_PARTIES = ['nous', 'partenaire'] as const;

/** One row per party's signature of one version. */
export const SIGNATURES = defineTable('signatures', 'Signatures', 'SIG', [
  { key: 'conventionId', header: 'ID convention', type: 'ref', ref: 'conventions', required: true },
  { key: 'version', header: 'Version', type: 'integer', min: 1, required: true },
  { key: 'party', header: 'Partie', type: 'enum', values: SIGNATURE_PARTIES, required: true },
  { key: 'date', header: 'Date de signature', type: 'date', required: true },
  { key: 'signatory', header: 'Signataire', type: 'text', required: true },
  { key: 'signedPdfUrl', header: 'PDF signé', type: 'url' },
]);

const MAIL_STATUSES = ['envoyé', 'en attente', 'échec'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * The sent-log of every email Pacte sends (generic: conventions, surveys…). The key (« Clé »)
 * names the message (e.g. "validation:CONV-0001:v2:étape-1"): a key already « envoyé » is never
 * sent again; « en attente » rows (quota exhausted) keep the whole message for the daily job.
 */
export const MAIL_LOG = defineTable('mailLog', 'Envois', 'ENV', [
  { key: 'key', header: 'Clé', type: 'text', required: true },
  { key: 'status', header: 'Statut', type: 'enum', values: MAIL_STATUSES, required: true },
  { key: 'to', header: 'Destinataires', type: 'text', required: true },
  { key: 'subject', header: 'Objet', type: 'text', required: true },
  { key: 'body', header: 'Message', type: 'longtext' },
  { key: 'htmlBody', header: 'Message HTML', type: 'longtext' },
  { key: 'sentAt', header: 'Envoyé le', type: 'datetime' },
  { key: 'error', header: 'Erreur', type: 'text' },
]);
