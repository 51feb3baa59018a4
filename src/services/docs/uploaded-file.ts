/**
 * Files uploaded from the sidebar (a signed PDF): decoded and saved in a Drive folder, shared
 * with the team. The content was checked beforehand (domain/conventions/signed-pdf.ts).
 */
import { shareWithTeam, type Team } from '../drive-folder';

/** Saves the base64 PDF in the folder under `name`; returns its URL. */
export function saveUploadedPdf(folder: GoogleAppsScript.Drive.Folder, name: string, base64: string, team: Team): string {
  const blob = Utilities.newBlob(Utilities.base64Decode(base64), 'application/pdf', name);
  const file = folder.createFile(blob);
  shareWithTeam(file, team);
  return file.getUrl();
}
