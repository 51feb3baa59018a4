/**
 * Pacte's Drive folders: « Pacte — <classeur> », then one subfolder per partner « <ID> <Nom> ».
 * Each is created once and its ID remembered in document properties (a folder the user
 * trashed is recreated). With the drive.file scope Pacte only sees folders it created.
 */
import { partnerFolderName, rootFolderName } from '../domain/briefs/brief';
import type { StoreContext } from './store-context';

const ROOT_KEY = 'pacte.drive.root';
const partnerKey = (id: string) => `pacte.drive.partner.${id}`;

function remembered(key: string): GoogleAppsScript.Drive.Folder | null {
  const id = PropertiesService.getDocumentProperties().getProperty(key);
  if (!id) return null;
  try {
    const folder = DriveApp.getFolderById(id);
    return folder.isTrashed() ? null : folder;
  } catch {
    return null;
  }
}

export function pacteFolder(ctx: StoreContext): GoogleAppsScript.Drive.Folder {
  const found = remembered(ROOT_KEY);
  if (found) return found;
  const folder = DriveApp.createFolder(rootFolderName(ctx.spreadsheet.getName()));
  PropertiesService.getDocumentProperties().setProperty(ROOT_KEY, folder.getId());
  return folder;
}

export function partnerFolder(root: GoogleAppsScript.Drive.Folder, partnerId: string, partnerName: string): GoogleAppsScript.Drive.Folder {
  const found = remembered(partnerKey(partnerId));
  if (found) return found;
  const folder = root.createFolder(partnerFolderName(partnerId, partnerName));
  PropertiesService.getDocumentProperties().setProperty(partnerKey(partnerId), folder.getId());
  return folder;
}
