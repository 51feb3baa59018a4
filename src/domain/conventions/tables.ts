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
