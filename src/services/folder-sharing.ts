/** The folder-sharing port over Drive: Pacte's folder, shared with the people of Paramètres › Rôles. */
import { folderState } from './drive-files';
import { pacteFolderId, teamOf } from './drive-folder';
import { syncFolderSharing, type SharingChanges } from './drive-sharing';
import { loadSettings } from './settings-store';
import type { StoreContext } from './store-context';

export function folderSharingFor(ctx: StoreContext) {
  return {
    pacteFolder(): string | undefined {
      const rootId = pacteFolderId();
      return rootId && folderState(rootId) === 'ok' ? rootId : undefined;
    },
    shareWithRoles(folderId: string): SharingChanges {
      return syncFolderSharing(folderId, teamOf(loadSettings(ctx).roles, ctx.user));
    },
  };
}
