/**
 * Files uploaded from the sidebar (a signed PDF): decoded and saved in a Drive folder (Drive v3,
 * drive.file), which gives the team access. The content was checked beforehand
 * (domain/conventions/signed-pdf.ts).
 */
import { saveBlobIn } from '../drive-files';

/** Saves the base64 PDF in the folder under `name`; returns its URL. */
export function saveUploadedPdf(folderId: string, name: string, base64: string): string {
  return saveBlobIn(Utilities.newBlob(Utilities.base64Decode(base64), 'application/pdf', name), folderId);
}
