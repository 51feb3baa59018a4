/**
 * Daily job « partage »: the Pacte folder's sharing is set back to Paramètres › Rôles, whatever
 * changed on Drive or in the roles meanwhile (someone shared the folder by hand, a role was
 * removed and nobody has used a document since). Each change is journaled.
 */
import type { Store } from '../../store/store';
import type { FolderSharing, SharingChanges } from '../ports/folder-sharing';

export type SharingReport = SharingChanges | { folder: 'aucun' };

const ACCESS = { writer: 'modification', reader: 'lecture' } as const;

export function shareFolder(ports: { store: Store; folderSharing: FolderSharing }): SharingReport {
  const rootId = ports.folderSharing.pacteFolder();
  // Nothing to share before Pacte made its folder (or after it was trashed: it is remade on next use).
  if (!rootId) return { folder: 'aucun' };
  const changes = ports.folderSharing.shareWithRoles(rootId);
  const entry = (email: string, before: string, after: string) => ({
    sheet: 'Dossier Drive',
    recordId: rootId,
    action: 'partage',
    field: email,
    before,
    after,
  });
  ports.store.journal([
    ...changes.added.map((p) => entry(p.email, 'aucun accès', ACCESS[p.role])),
    ...changes.changed.map((p) => entry(p.email, ACCESS[p.role === 'writer' ? 'reader' : 'writer'], ACCESS[p.role])),
    ...changes.removed.map((e) => entry(e, 'accès', 'aucun accès')),
  ]);
  return changes;
}
