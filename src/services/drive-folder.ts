/**
 * Pacte's Drive folders: « Pacte — <classeur> », then one subfolder per partner « <ID> <Nom> ».
 * Each is created once and its ID remembered in document properties (a folder the user
 * trashed is recreated). With the drive.file scope Pacte only sees what it created, so it
 * shares its folders and documents with the people of Paramètres › Rôles (editors: admin and
 * chargé·e·s; viewers: the other roles) — otherwise a note created by one officer would be
 * invisible to the next.
 */
import { partnerFolderName, rootFolderName } from '../domain/briefs/brief';
import type { StoreContext } from './store-context';

const ROOT_KEY = 'pacte.drive.root';
const partnerKey = (id: string) => `pacte.drive.partner.${id}`;

export interface Team {
  editors: string[];
  viewers: string[];
}

class DriveAccessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DriveAccessError';
  }
}

function remembered(key: string, what: string): GoogleAppsScript.Drive.Folder | null {
  const id = PropertiesService.getDocumentProperties().getProperty(key);
  if (!id) return null;
  let folder: GoogleAppsScript.Drive.Folder;
  try {
    folder = DriveApp.getFolderById(id);
  } catch {
    // Recreating it would split the organisation's documents between two folders.
    throw new DriveAccessError(
      `Le dossier Drive ${what} existe mais ne vous est pas partagé. Demandez à un·e collègue (rôle admin ou chargé) de créer une note de rendez-vous : Pacte partage alors ses dossiers avec les rôles de Paramètres.`,
    );
  }
  return folder.isTrashed() ? null : folder;
}

/** Adds the team as editors / viewers (idempotent: people who already have access are unchanged). */
export function shareWithTeam(item: GoogleAppsScript.Drive.Folder | GoogleAppsScript.Drive.File, team: Team): void {
  if (team.editors.length) item.addEditors(team.editors);
  if (team.viewers.length) item.addViewers(team.viewers);
}

/** The ID of Pacte's root folder as remembered, or null before Pacte has created it. */
export function pacteFolderId(): string | null {
  return PropertiesService.getDocumentProperties().getProperty(ROOT_KEY);
}

export function pacteFolder(ctx: StoreContext, team: Team): GoogleAppsScript.Drive.Folder {
  const name = rootFolderName(ctx.spreadsheet.getName());
  let folder = remembered(ROOT_KEY, `« ${name} »`);
  if (!folder) {
    folder = DriveApp.createFolder(name);
    PropertiesService.getDocumentProperties().setProperty(ROOT_KEY, folder.getId());
  }
  shareWithTeam(folder, team);
  return folder;
}

export function partnerFolder(root: GoogleAppsScript.Drive.Folder, partnerId: string, partnerName: string, team: Team): GoogleAppsScript.Drive.Folder {
  const name = partnerFolderName(partnerId, partnerName);
  let folder = remembered(partnerKey(partnerId), `« ${name} »`);
  if (!folder) {
    folder = root.createFolder(name);
    PropertiesService.getDocumentProperties().setProperty(partnerKey(partnerId), folder.getId());
  }
  shareWithTeam(folder, team);
  return folder;
}

/** People of Paramètres › Rôles: editors (admin, chargé) and readers (the other roles), the caller excluded. */
export function teamOf(roles: Readonly<Record<string, string>>, caller: string): Team {
  const people = Object.entries(roles).filter(([email]) => email !== caller.toLowerCase());
  const editing = ['admin', 'chargé'];
  return { editors: people.filter(([, r]) => editing.includes(r)).map(([e]) => e), viewers: people.filter(([, r]) => !editing.includes(r)).map(([e]) => e) };
}
