/**
 * Pacte's own copy of a Google Doc it may not copy through Drive (drive.file reaches only what
 * Pacte created or was given): the source is opened with DocumentApp (the `documents` scope reads
 * any Doc the user can open), and its body, header and footer are copied element by element into
 * a new Doc Pacte creates in the folder. Paragraphs, list items and tables keep their text and
 * formatting; the page set-up (margins, size) is the new Doc's default.
 */
import { createDocIn } from '../drive-files';

type Section = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;

class UncopiableTemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UncopiableTemplateError';
  }
}

function insertCopy(to: Section, at: number, child: GoogleAppsScript.Document.Element, what: string): void {
  const type = child.getType();
  if (type === DocumentApp.ElementType.PARAGRAPH) to.insertParagraph(at, child.asParagraph().copy());
  else if (type === DocumentApp.ElementType.LIST_ITEM) to.insertListItem(at, child.asListItem().copy());
  else if (type === DocumentApp.ElementType.TABLE) to.insertTable(at, child.asTable().copy());
  else
    throw new UncopiableTemplateError(
      `${what} contient un élément que Pacte ne sait pas recopier (${String(type)}, élément ${at + 1}) : retirez-le du modèle, ou créez le modèle depuis Pacte (Paramètres › Modèles) et collez-y votre texte.`,
    );
}

/**
 * Copies every child of `from` into `to` (which holds one empty paragraph, as a new Doc or header):
 * all but the last go before that paragraph, the last after it, then the empty one is dropped —
 * a section must end with a paragraph, so the copy keeps the same children at the same indexes.
 */
function copySection(from: Section, to: Section, what: string): void {
  const n = from.getNumChildren();
  for (let i = 0; i < n - 1; i++) insertCopy(to, i, from.getChild(i), what);
  insertCopy(to, n, from.getChild(n - 1), what);
  to.removeChild(to.getChild(n - 1));
}

/** A new Doc named `name` in the folder with the content of `sourceId`; its ID. */
export function copyDocContent(sourceId: string, name: string, folderId: string, what: string): string {
  const source = DocumentApp.openById(sourceId);
  const id = createDocIn(name, folderId);
  const copy = DocumentApp.openById(id);
  copySection(source.getBody(), copy.getBody(), what);
  const header = source.getHeader();
  if (header) copySection(header, copy.addHeader(), what);
  const footer = source.getFooter();
  if (footer) copySection(footer, copy.addFooter(), what);
  copy.saveAndClose();
  return id;
}
