/**
 * What publishing a report asks of Drive and Docs besides the templates (ports/documents.ts):
 * the reports folder, its sharing with the recipients, and the report Doc itself — a copy of
 * the « Rapport » template, title page filled, the blocks written in place of {{contenu}},
 * charts drawn by Sheets and inserted as images. Each report is remembered under its key so
 * that it is made once.
 */
import type { ReportItem } from '../../domain/reports/document';
import type { FillPlan } from '../../domain/templates/engine';
import type { TemplateDocument } from '../../domain/templates/model';
import type { DocRef } from './documents';

export interface ReportTemplate {
  id: string;
  document: TemplateDocument;
  /** The title page's fill (already checked). */
  plan: FillPlan;
  /** How the template is named in French messages. */
  what: string;
}

export interface ReportsPort {
  /** The folder `name` inside the Pacte folder `rootId` (created on first use, found again by name); its ID. */
  reportsFolder(rootId: string, name: string): string;
  /** Gives each address view access to the folder unless it already has access; the addresses added. */
  shareWithReaders(folderId: string, emails: readonly string[]): string[];
  /** The Doc recorded under `key`, while it is still in Drive (not trashed). */
  recorded(key: string): DocRef | null;
  /** A shortcut `name` to the Doc in another folder (a partner's), made once; the folder's URL, where it shows. */
  shortcutIn(folderId: string, target: DocRef, name: string): string;
  /** Every report recorded (key and Doc), whether or not still in Drive: a listing that costs one read. */
  list(): { key: string; url: string }[];
  /** Makes the report Doc `name` in the folder from the template and the planned items, records it under `key`. */
  writeReport(key: string, template: ReportTemplate, items: readonly ReportItem[], folderId: string, name: string): DocRef;
}
