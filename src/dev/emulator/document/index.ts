/** Installs the DocumentApp global. */
import type { World } from '../core/world';
import { DocumentApp, documentState } from './document-app';
// Element modules register their view classes when loaded.
import './text';
import './paragraph';
import './table';
import './body';

export { documentToHtml } from './html';
export { documentToPdf } from './pdf';
export { exportDocument, docUrl } from './document';
export { DocumentModel } from './model';

/** Makes `id` the document the script is bound to (DocumentApp.getActiveDocument()). */
export function setActiveDocument(world: World, id: string | null): void {
  documentState(world).activeId = id;
}

export function installDocumentApp(world: World): Record<string, unknown> {
  return { DocumentApp: new DocumentApp(world) };
}
