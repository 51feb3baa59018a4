/**
 * What the conventions' use cases ask of Docs and Drive: the Pacte folder and the partners'
 * folders in it, the templates (created, read), the Docs filled from them, their PDFs and the
 * signed PDFs uploaded from the sidebar. IDs and URLs go in and out; no Google object is kept.
 */
import type { TemplateDefinition } from '../../domain/templates/defaults';
import type { FillPlan } from '../../domain/templates/engine';
import type { TemplateDocument } from '../../domain/templates/model';

export interface DocRef {
  id: string;
  url: string;
}

export interface DocumentsPort {
  /** The organisation's Pacte folder (or the caller's own when Pacte cannot reach it for them), shared with the team; its ID. */
  pacteFolder(): string;
  /** The folder's subfolder of that name (created on first use); its ID. */
  subfolder(parentId: string, name: string): string;
  /** The partner's folder inside the Pacte folder `rootId` (created on first use); its ID. */
  partnerFolder(rootId: string, partnerId: string, partnerName: string): string;
  /** A new template Doc with the default content in the folder; its ID. */
  createTemplate(def: TemplateDefinition, folderId: string): string;
  /** The template's content as Pacte analyses it; `what` names it in French messages. */
  readTemplate(templateId: string, what: string): TemplateDocument;
  /** Copies the template into the folder under `name` and applies the (already checked) plan. */
  fillTemplate(templateId: string, template: TemplateDocument, plan: FillPlan, folderId: string, name: string, what: string): DocRef;
  /** Saves the Doc's PDF export next to it (same name + .pdf); its URL. */
  savePdf(docId: string, folderId: string): string;
  /** Saves an uploaded PDF (base64, already checked) in the folder under `name`; its URL. */
  saveUploadedPdf(folderId: string, name: string, base64: string): string;
  /** Moves the files (IDs; those gone or out of reach left) from the partner's folder into its « Archives » subfolder; its ID. */
  archiveFiles(partnerFolderId: string, fileIds: readonly string[]): string;
  /**
   * `make`'s file, made once per request: a retry reuses what its earlier attempt recorded under
   * `step`, and trashes a half-made file of that name in the folder before making it again.
   */
  makeOnce<T>(step: string, folderId: string, name: string, make: () => T): T;
}
