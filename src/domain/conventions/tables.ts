/**
 * Sheets of the generated documents: « Versions » (one row per generated version of a
 * convention: Doc, PDF, who, when, from which data) and « Pièces jointes » (PV, notes de
 * synthèse, arbitrages attached to a convention). Same `table(...)` style as schema/tables.ts.
 */
import { AUDIT_FIELDS, type FieldSpec, type TableSpec } from '../schema/field';

// Not imported from schema/tables.ts: that file lists these specs in ALL_TABLES (no import cycle).
const table = (key: string, sheetName: string, idPrefix: string, fields: FieldSpec[]): TableSpec => ({
  key,
  sheetName,
  idPrefix,
  fields: [{ key: 'id', header: 'ID', type: 'id', system: true }, ...fields, ...AUDIT_FIELDS],
});

/** Append-only: older versions stay listed (their Docs and PDFs are never overwritten). */
export const VERSIONS = table('versions', 'Versions', 'VER', [
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

export const ATTACHMENTS = table('attachments', 'Pièces jointes', 'PJ', [
  { key: 'conventionId', header: 'ID convention', type: 'ref', ref: 'conventions', required: true },
  { key: 'version', header: 'Version', type: 'integer', min: 1 },
  { key: 'kind', header: 'Type', type: 'enum', values: ATTACHMENT_KINDS, required: true },
  { key: 'title', header: 'Titre', type: 'text', required: true },
  { key: 'date', header: 'Date', type: 'date', required: true },
  { key: 'url', header: 'Lien', type: 'url', required: true },
]);
