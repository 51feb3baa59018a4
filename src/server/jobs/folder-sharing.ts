/**
 * Daily job « partage » (scheduled-jobs.ts): the Pacte folder's sharing is set back to
 * Paramètres › Rôles, whatever changed on Drive or in the roles meanwhile (someone shared the
 * folder by hand, a role was removed and nobody has used a document since). Each change is journaled.
 */
import { appendJournal } from '../../services/journal';
import { folderState } from '../../services/drive-files';
import { pacteFolderId, teamOf } from '../../services/drive-folder';
import { syncFolderSharing, type SharingChanges } from '../../services/drive-sharing';
import { loadSettings } from '../../services/settings-store';
import type { StoreContext } from '../../services/store-context';

export type SharingReport = SharingChanges | { folder: 'aucun' };

export function folderSharingJob(ctx: StoreContext): SharingReport {
  const rootId = pacteFolderId();
  // Nothing to share before Pacte made its folder (or after it was trashed: it is remade on next use).
  if (!rootId || folderState(rootId) !== 'ok') return { folder: 'aucun' };
  const changes = syncFolderSharing(rootId, teamOf(loadSettings(ctx).roles, ctx.user));
  const access = { writer: 'modification', reader: 'lecture' } as const;
  const entry = (email: string, before: string, after: string) => ({
    sheet: 'Dossier Drive',
    recordId: rootId,
    action: 'partage',
    field: email,
    before,
    after,
  });
  appendJournal(ctx, [
    ...changes.added.map((p) => entry(p.email, 'aucun accès', access[p.role])),
    ...changes.changed.map((p) => entry(p.email, access[p.role === 'writer' ? 'reader' : 'writer'], access[p.role])),
    ...changes.removed.map((e) => entry(e, 'accès', 'aucun accès')),
  ]);
  return changes;
}
