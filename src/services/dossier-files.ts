/**
 * The dossiers' Drive adapter (src/app/ports/dossier-files.ts): the dossier's subfolder, its
 * template Docs, and its Sheets — each one Drive v3 upload of a CSV that Google converts to a
 * spreadsheet (drive.file reaches it; SpreadsheetApp.openById would need the `spreadsheets` scope
 * Pacte does not ask for). One write per file.
 */
import { folderOnce } from './drive-files';
import { createTemplateDoc } from './docs/template-doc';
import { toCsv, type SheetGrid } from '../domain/dossiers/layout';
import { readDossierFiles } from './dossier-read';

const SPREADSHEET = 'application/vnd.google-apps.spreadsheet';

function drive(): GoogleAppsScript.Drive {
  return (globalThis as { Drive?: GoogleAppsScript.Drive }).Drive!;
}

const sheetUrl = (id: string): string => `https://docs.google.com/spreadsheets/d/${id}/edit`;
const folderUrl = (id: string): string => `https://drive.google.com/drive/folders/${id}`;

function createSheet(folderId: string, name: string, grid: SheetGrid): { id: string; url: string } {
  const csv = Utilities.newBlob(toCsv(grid), 'text/csv', `${name}.csv`);
  const id = drive().Files.create({ name, mimeType: SPREADSHEET, parents: [folderId] }, csv, { fields: 'id' }).id!;
  return { id, url: sheetUrl(id) };
}

export const dossierFiles = {
  createTemplate: createTemplateDoc,
  subfolder: (parentId: string, name: string) => {
    const id = folderOnce(name, parentId);
    return { id, url: folderUrl(id) };
  },
  createSheet,
  read: readDossierFiles,
};
