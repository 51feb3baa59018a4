/**
 * Reading the dossier's files back for its checks, each file once: the Docs through DocumentApp
 * (body paragraphs and tables as texts), the Sheets through Drive's files.export as CSV — their
 * first sheet, as shown (drive.file reaches them; SpreadsheetApp.openById would need the
 * `spreadsheets` scope). A file that was deleted or is no longer reachable reads as null.
 */
import type { DossierReadback } from '../domain/dossiers/checks';
import { parseCsv } from '../domain/import/csv';

function drive(): GoogleAppsScript.Drive {
  return (globalThis as { Drive?: GoogleAppsScript.Drive }).Drive!;
}

const fileId = (url: string): string => /\/d\/([\w-]+)/.exec(url)?.[1] ?? url;

function readDoc(url: string): { paragraphs: string[]; tables: string[][][] } | null {
  if (!url) return null;
  try {
    const body = DocumentApp.openByUrl(url).getBody();
    const paragraphs: string[] = [];
    const tables: string[][][] = [];
    for (let i = 0; i < body.getNumChildren(); i++) {
      const child = body.getChild(i);
      const type = child.getType();
      if (type === DocumentApp.ElementType.PARAGRAPH || type === DocumentApp.ElementType.LIST_ITEM) paragraphs.push(child.asText().getText());
      else if (type === DocumentApp.ElementType.TABLE) {
        const t = child.asTable();
        tables.push(Array.from({ length: t.getNumRows() }, (_, r) => Array.from({ length: t.getRow(r).getNumCells() }, (_, c) => t.getCell(r, c).getText())));
      }
    }
    return { paragraphs, tables };
  } catch {
    return null;
  }
}

function readSheet(url: string): string[][] | null {
  if (!url) return null;
  try {
    // The advanced service needs alt=media to give the content (its typings know no third argument).
    const files = drive().Files as unknown as { export(id: string, type: string, args: object): GoogleAppsScript.Base.Blob | string };
    const out = files.export(fileId(url), 'text/csv', { alt: 'media' });
    // Google writes an empty row as commas: every row keeps its place.
    return parseCsv(typeof out === 'string' ? out : out.getDataAsString('UTF-8'), ',').records.map((r) => r.cells);
  } catch {
    return null;
  }
}

export function readDossierFiles(urls: { note: string; logframe: string; budget: string; plan: string }): DossierReadback {
  const note = readDoc(urls.note);
  const logframe = readDoc(urls.logframe);
  return {
    note: note && { paragraphs: note.paragraphs },
    logframe: logframe && { tables: logframe.tables },
    budget: readSheet(urls.budget),
    plan: readSheet(urls.plan),
  };
}
