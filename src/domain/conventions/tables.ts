/**
 * Sheets of the generated documents: « Versions » (one row per generated version of a
 * convention: Doc, PDF, who, when, from which data) and « Pièces jointes » (PV, notes de
 * synthèse, arbitrages attached to a convention). Same `defineTable(...)` style as schema/tables.ts.
 */
import { defineTable } from '../schema/field';

/** Append-only: older versions stay listed (their Docs and PDFs are never overwritten). */
export const VERSIONS = defineTable('versions', 'Versions', 'VER', [
  { key: 'conventionId', header: 'ID convention', type: 'ref', ref: 'conventions', required: true },
  { key: 'version', header: 'Version', type: 'integer', min: 1, required: true },
  { key: 'template', header: 'Modèle', type: 'text' },
  { key: 'docUrl', header: 'Lien Doc', type: 'url', required: true },
  { key: 'pdfUrl', header: 'Lien PDF', type: 'url' },
  { key: 'generatedBy', header: 'Généré par', type: 'email' },
  { key: 'generatedAt', header: 'Généré le', type: 'datetime' },
  { key: 'data', header: 'Données utilisées', type: 'longtext' },
]);

export const ATTACHMENT_KINDS = ['PV', 'Note de synthèse', 'Arbitrage'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const ATTACHMENTS = defineTable('attachments', 'Pièces jointes', 'PJ', [
  { key: 'conventionId', header: 'ID convention', type: 'ref', ref: 'conventions', required: true },
  { key: 'version', header: 'Version', type: 'integer', min: 1 },
  { key: 'kind', header: 'Type', type: 'enum', values: ATTACHMENT_KINDS, required: true },
  { key: 'title', header: 'Titre', type: 'text', required: true },
  { key: 'date', header: 'Date', type: 'date', required: true },
  { key: 'url', header: 'Lien', type: 'url', required: true },
]);

export const CLAUSE_STATUSES = ['Proposée', 'Ajoutée', 'Écartée'] as const;

/**
 * The dated obligations found in a generated version's text (domain/commitments/clause-reader.ts),
 * until the user adds them to Engagements or sets them aside: one row per version and key, so that
 * one set aside is never proposed again for that version.
 */
export const CLAUSE_PROPOSALS = defineTable('clauseProposals', 'Obligations du texte', 'OBL', [
  { key: 'conventionId', header: 'ID convention', type: 'ref', ref: 'conventions', required: true },
  { key: 'version', header: 'Version', type: 'integer', min: 1, required: true },
  { key: 'key', header: 'Clé', type: 'text', required: true },
  { key: 'status', header: 'Statut', type: 'enum', values: CLAUSE_STATUSES, required: true },
  { key: 'kind', header: 'Nature', type: 'text', required: true },
  { key: 'party', header: 'Partie', type: 'text' },
  { key: 'label', header: 'Libellé', type: 'text', required: true },
  { key: 'due', header: 'Échéance', type: 'date', required: true },
  { key: 'amount', header: 'Montant', type: 'money', min: 0 },
  { key: 'currency', header: 'Devise', type: 'text' },
  { key: 'everyMonths', header: 'Tous les (mois)', type: 'integer', min: 1 },
  { key: 'until', header: 'Jusqu’au', type: 'date' },
  { key: 'source', header: 'Paragraphe', type: 'longtext' },
  { key: 'commitmentIds', header: 'Engagements créés', type: 'text' },
]);
