/**
 * The Diagnostic's Drive access, kept in one place: Pacte's Drive folder read and written (a
 * small file created then trashed), and a file trashed — through Drive v3 (drive-files.ts), as
 * Pacte itself works, so the check sees what the drive.file scope lets Pacte do.
 */
import { pacteFolderId } from '../drive-folder';
import { createTextFile, folderState, itemName, listChildren, trashItem } from '../drive-files';
import type { DriveSeen } from '../../domain/diagnostic/verdicts';

const PROBE_FILE = 'Pacte — diagnostic (à supprimer).txt';
const PROBE_TEXT = "Essai d'écriture du diagnostic de Pacte.";

const attempt = (fn: () => unknown): boolean => {
  try {
    fn();
    return true;
  } catch {
    return false;
  }
};

/** Reads and writes Pacte's folder; before Pacte has one (or after it was trashed), writes at the Drive root. */
export function probeDriveFolder(): DriveSeen {
  const id = pacteFolderId();
  const state = id ? folderState(id) : 'trashed';
  if (id && state === 'unreachable') return { folder: `ID ${id}`, readable: false, writable: false };
  const folder = state === 'ok' ? id : null;
  if (!folder) return { folder: null, readable: true, writable: attempt(() => trashItem(createTextFile(PROBE_FILE, PROBE_TEXT))) };
  return {
    folder: itemName(folder),
    readable: attempt(() => listChildren(folder)),
    writable: attempt(() => trashItem(createTextFile(PROBE_FILE, PROBE_TEXT, folder))),
  };
}

export function trashDriveFile(id: string): boolean {
  return trashItem(id);
}
