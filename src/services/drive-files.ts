/**
 * Pacte's Drive calls, through the advanced Drive service v3 (manifest: enabledAdvancedServices),
 * because it honours the narrow drive.file scope: Pacte reaches the files and folders it created
 * (or that a user picked for it), never the rest of the user's Drive. DriveApp would need the
 * restricted `drive` scope for every method Pacte calls. IDs go in and out; no Drive object is kept.
 */

import { once } from './request-ledger';
import type { StoreContext } from './store-context';

type DriveV3 = GoogleAppsScript.Drive;

const FOLDER = 'application/vnd.google-apps.folder';
const DOCUMENT = 'application/vnd.google-apps.document';

function drive(): DriveV3 {
  const service = (globalThis as { Drive?: DriveV3 }).Drive;
  if (!service) throw new Error("Le service avancé Drive (v3) n'est pas activé dans appsscript.json : Pacte ne peut pas créer ses documents.");
  return service;
}

/** Drive answers 404 « File not found » for an item that is gone or that the app may not reach. */
export function isNotFound(e: unknown): boolean {
  const err = e as { details?: { code?: number }; message?: string } | null;
  return err?.details?.code === 404 || /File not found/.test(err?.message ?? '');
}

/** What Pacte can do with a folder it remembered. */
export type FolderState = 'ok' | 'trashed' | 'unreachable';

export function folderState(id: string): FolderState {
  try {
    const f = drive().Files.get(id, { fields: 'id,trashed,mimeType' });
    if (f.mimeType !== FOLDER) return 'unreachable';
    return f.trashed ? 'trashed' : 'ok';
  } catch (e) {
    if (isNotFound(e)) return 'unreachable';
    throw e;
  }
}

/** True while the file is reachable and not in the trash. */
/**
 * What this user's Pacte sees of a file: « unseen » when Drive answers not found, which under the
 * per-file scope also means « made by another user, never opened by this one ».
 */
export function fileState(id: string): 'alive' | 'trashed' | 'unseen' {
  try {
    return drive().Files.get(id, { fields: 'id,trashed' }).trashed ? 'trashed' : 'alive';
  } catch (e) {
    if (isNotFound(e)) return 'unseen';
    throw e;
  }
}

/** A new folder (in My Drive, or in `parentId`); returns its ID. */
export function createFolder(name: string, parentId?: string): string {
  return drive().Files.create({ name, mimeType: FOLDER, ...(parentId ? { parents: [parentId] } : {}) }).id!;
}

/** A new, empty Google Doc in the folder; returns its ID (fill it with DocumentApp.openById). */
export function createDocIn(name: string, folderId: string): string {
  return drive().Files.create({ name, mimeType: DOCUMENT, parents: [folderId] }).id!;
}

const SHORTCUT = 'application/vnd.google-apps.shortcut';

/**
 * A shortcut named `name` in the folder to the file `targetId`, made once: one already there under
 * that name is kept. Returns the shortcut's ID (https://developers.google.com/drive/api/guides/shortcuts).
 */
export function shortcutOnce(folderId: string, name: string, targetId: string): string {
  return filesNamed(folderId, name, SHORTCUT)[0] ?? drive().Files.create({ name, mimeType: SHORTCUT, parents: [folderId], shortcutDetails: { targetId } }).id!;
}

/**
 * Drive's own copy of the file into the folder (all of it: page set-up, styles, images); null when
 * the app may not reach the source (a Doc the user brought, or, if Google counts drive.file per
 * user, one a colleague made through Pacte): the caller then copies the content itself.
 */
export function copyInto(fileId: string, name: string, folderId: string): string | null {
  try {
    return drive().Files.copy({ name, parents: [folderId] }, fileId, { fields: 'id' }).id!;
  } catch (e) {
    if (isNotFound(e)) return null;
    throw e;
  }
}

/** Saves the blob (a PDF) in the folder under its own name; returns the file's Drive URL. */
export function saveBlobIn(blob: GoogleAppsScript.Base.Blob, folderId: string): string {
  const file = drive().Files.create({ name: blob.getName() ?? 'document.pdf', mimeType: blob.getContentType() ?? undefined, parents: [folderId] }, blob, {
    fields: 'id,webViewLink',
  });
  return file.webViewLink!;
}

/** The item's name (a folder Pacte can reach). */
export function itemName(id: string): string {
  return drive().Files.get(id, { fields: 'name' }).name ?? '';
}

/** Lists the folder's children (throws when Pacte may not read it). */
export function listChildren(folderId: string): number {
  return (drive().Files.list({ q: `'${folderId}' in parents and trashed = false`, fields: 'files(id)' }).files ?? []).length;
}

/** A small text file (in the folder, or at the root of My Drive); returns its ID. */
export function createTextFile(name: string, text: string, folderId?: string): string {
  const blob = Utilities.newBlob(text, 'text/plain', name);
  return drive().Files.create({ name, mimeType: 'text/plain', ...(folderId ? { parents: [folderId] } : {}) }, blob, { fields: 'id' }).id!;
}

/** Moves the item to the trash; whether Drive reports it trashed. */
export function trashItem(id: string): boolean {
  drive().Files.update({ trashed: true }, id);
  return drive().Files.get(id, { fields: 'trashed' }).trashed === true;
}

const quoted = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** IDs of the files (not in the trash) matching every query term. */
function filesWhere(terms: string[]): string[] {
  const q = [...terms, 'trashed = false'].join(' and ');
  return (drive().Files.list({ q, fields: 'files(id)' }).files ?? []).map((f) => f.id!);
}

/** IDs of the folder's files (not in the trash) named exactly `name`. */
export function filesNamed(folderId: string, name: string, mimeType?: string): string[] {
  return filesWhere([`${quoted(folderId)} in parents`, `name = ${quoted(name)}`, ...(mimeType ? [`mimeType = ${quoted(mimeType)}`] : [])]);
}

/** IDs of the forms (anywhere Pacte may reach, not in the trash) named exactly `name`. */
export function formsNamed(name: string): string[] {
  return filesWhere([`name = ${quoted(name)}`, `mimeType = ${quoted('application/vnd.google-apps.form')}`]);
}

/** Renames a file Pacte made. */
export function renameItem(id: string, name: string): void {
  drive().Files.update({ name }, id);
}

/**
 * Made once per request: on the retry of a request that failed before recording it, a file of that
 * name in the folder is the earlier attempt's, perhaps half-made: it goes to the trash and `make` runs again.
 */
export function makeOnce<T>(ctx: StoreContext, family: string, folderId: string, name: string, make: () => T): T {
  return once(ctx, family, () => {
    if (ctx.run?.retry) for (const id of filesNamed(folderId, name)) drive().Files.update({ trashed: true }, id);
    return make();
  });
}

/** The folder's subfolder of that name, made once: a folder an earlier attempt made is reused. */
export function folderOnce(name: string, parentId: string): string {
  return filesNamed(parentId, name, FOLDER)[0] ?? createFolder(name, parentId);
}

/**
 * Moves those of the files that sit in `fromId` into its subfolder `name` (made once): one listing
 * of the folder, then one Files.update per file (addParents / removeParents). Returns the subfolder's ID.
 */
export function archiveInto(fromId: string, name: string, fileIds: readonly string[]): string {
  const archive = folderOnce(name, fromId);
  const here = new Set(filesWhere([`${quoted(fromId)} in parents`]));
  // No new content: null media, the usual advanced-service call for a metadata-only update.
  const noMedia = null as unknown as GoogleAppsScript.Base.Blob;
  for (const id of fileIds) if (here.has(id)) drive().Files.update({}, id, noMedia, { addParents: archive, removeParents: fromId });
  return archive;
}
