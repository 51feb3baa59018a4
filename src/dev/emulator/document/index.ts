/** Installs the DocumentApp global. */
import type { World } from '../core/world';
import { MimeTypes } from '../core/drive-store';
import { blankContents } from '../drive/lookup';
import { DocumentApp, documentState } from './document-app';
import { DocumentModel } from './model';
// Element modules register their view classes when loaded.
import './text';
import './paragraph';
import './table';
import './body';
import './image';

export { documentToHtml } from './html';
export { documentToPdf } from './pdf';
export { exportDocument, docUrl } from './document';
export { DocumentModel } from './model';

/** Makes `id` the document the script is bound to (DocumentApp.getActiveDocument()). */
export function setActiveDocument(world: World, id: string | null): void {
  documentState(world).activeId = id;
}

export function installDocumentApp(world: World): Record<string, unknown> {
  // A Google Doc created through the Drive API holds one empty paragraph, as one from DocumentApp.create.
  blankContents(world).set(MimeTypes.DOCUMENT, (id) => DocumentModel.blank(id));
  return { DocumentApp: new DocumentApp(world) };
}
