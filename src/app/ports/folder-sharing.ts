/** Drive sharing of Pacte's folder (Drive v3 Permissions), for the daily job « partage ». */

export interface SharingChanges {
  added: { email: string; role: 'writer' | 'reader' }[];
  changed: { email: string; role: 'writer' | 'reader' }[];
  removed: string[];
}

export interface FolderSharing {
  /** Pacte's folder, when it was made and is still usable (not trashed, reachable). */
  pacteFolder(): string | undefined;
  /** Sets the folder's sharing back to Paramètres › Rôles (the account running Pacte untouched); returns what changed. */
  shareWithRoles(folderId: string): SharingChanges;
}
