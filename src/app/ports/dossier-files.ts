/** What the dossiers' use case asks of Drive and Sheets besides the documents port: its subfolder and its two Sheets files. */
import type { SheetGrid } from '../../domain/dossiers/layout';
import type { DossierReadback } from '../../domain/dossiers/checks';
import type { DossierTemplateDefinition } from '../../domain/dossiers/templates';
import type { DocRef } from './documents';

export interface DossierFilesPort {
  /** A new template Doc of a dossier kit with its default content in the folder; its ID. */
  createTemplate(def: DossierTemplateDefinition, folderId: string): string;
  /** The folder's subfolder of that name, made once (an earlier attempt's is reused); its ID and URL. */
  subfolder(parentId: string, name: string): DocRef;
  /** A new Google Sheets file in the folder, its first sheet named and filled from the grid in one batch; its ID and URL. */
  createSheet(folderId: string, name: string, grid: SheetGrid): DocRef;
  /** The dossier's four checked files read back, each once; a file that cannot be read is null. */
  read(urls: { note: string; logframe: string; budget: string; plan: string }): DossierReadback;
}
