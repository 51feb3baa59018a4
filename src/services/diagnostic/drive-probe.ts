/**
 * The Diagnostic's Drive access, kept in one place: Pacte's Drive folder read and written (a
 * small file created then trashed), and a file trashed. Behind these two functions only, so the
 * move of Drive calls to the advanced Drive service touches this file alone.
 */
import { pacteFolderId } from '../drive-folder';
import type { DriveSeen } from '../../domain/diagnostic/verdicts';

const PROBE_FILE = 'Pacte — diagnostic (à supprimer).txt';

const attempt = (fn: () => unknown): boolean => {
  try {
    fn();
    return true;
  } catch {
    return false;
  }
};

const PROBE_TEXT = "Essai d'écriture du diagnostic de Pacte.";

/** Reads and writes Pacte's folder; before Pacte has one (or after it was trashed), writes at the Drive root. */
export function probeDriveFolder(): DriveSeen {
  const id = pacteFolderId();
  let folder: GoogleAppsScript.Drive.Folder | null = null;
  if (id) {
    try {
      folder = DriveApp.getFolderById(id);
    } catch {
      return { folder: `ID ${id}`, readable: false, writable: false };
    }
    if (folder.isTrashed()) folder = null;
  }
  if (!folder) return { folder: null, readable: true, writable: attempt(() => DriveApp.createFile(PROBE_FILE, PROBE_TEXT).setTrashed(true)) };
  const live = folder;
  return {
    folder: live.getName(),
    readable: attempt(() => live.getFiles().hasNext()),
    writable: attempt(() => live.createFile(PROBE_FILE, PROBE_TEXT).setTrashed(true)),
  };
}

export function trashDriveFile(id: string): boolean {
  const file = DriveApp.getFileById(id);
  file.setTrashed(true);
  return file.isTrashed();
}
