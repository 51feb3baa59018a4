/**
 * Docs and Drive for the conventions (the documents port of src/app/ports/documents.ts): the
 * Pacte folder shared with the team of Paramètres › Rôles, the partners' folders, templates,
 * filled Docs, PDFs. The Pacte folder is looked up once per execution.
 */
import type { StoreContext } from '../store-context';
import { currentRoles } from '../role-store';
import { pacteFolder, partnerFolder, teamOf } from '../drive-folder';
import { archiveInto, folderOnce, makeOnce } from '../drive-files';
import { createTemplateDoc, generateFromTemplate, readTemplateDocument, savePdf } from './template-doc';
import { saveUploadedPdf } from './uploaded-file';

export function documentsFor(ctx: StoreContext) {
  let root: string | null = null;
  return {
    pacteFolder: (): string => (root ??= pacteFolder(ctx, teamOf(currentRoles(ctx), ctx.user))),
    subfolder: (parentId: string, name: string): string => folderOnce(name, parentId),
    partnerFolder,
    createTemplate: createTemplateDoc,
    readTemplate: (templateId: string, what: string) => readTemplateDocument(templateId, what),
    fillTemplate: generateFromTemplate,
    savePdf,
    saveUploadedPdf,
    archiveFiles: (partnerFolderId: string, fileIds: readonly string[]): string => archiveInto(partnerFolderId, 'Archives', fileIds),
    makeOnce: <T>(step: string, folderId: string, name: string, make: () => T): T => makeOnce(ctx, step, folderId, name, make),
  };
}
