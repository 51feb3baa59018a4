/** Finding Drive items the current user can see, and the exporters Google types use for getAs(). */
import type { DriveRecord, FileContent } from '../core/drive-store';
import type { BlobData } from '../core/blob-data';
import { AppsScriptException } from '../core/errors';
import type { World } from '../core/world';
import { canView } from './access';
import { MIME_TYPE } from './mime-type';

export const NOT_FOUND = 'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

export function findVisible(world: World, id: string, folder: boolean): DriveRecord {
  const rec = world.drive.get(String(id));
  if (!rec || !canView(rec, world.execution.user, world.drive) || (folder && rec.mimeType !== MIME_TYPE.FOLDER)) throw new AppsScriptException(NOT_FOUND);
  return rec;
}

/**
 * Every visible item matching `pred`, oldest first. Trashed items are included, as Drive's
 * getFiles/getFilesByName return them too (callers must check isTrashed()).
 */
export function visibleItems(world: World, pred: (r: DriveRecord) => boolean): DriveRecord[] {
  const user = world.execution.user;
  return [...world.drive.files.values()].filter((r) => r.id !== world.drive.rootId && canView(r, user, world.drive) && pred(r));
}

export type Exporter = (rec: DriveRecord, contentType: string) => BlobData;

/** Other services (Sheets, Forms) register how their files convert in File.getAs(). */
export function exporters(world: World): Map<string, Exporter> {
  return world.state('drive.exporters', () => new Map<string, Exporter>());
}

/**
 * Other services (Sheets) register what Drive's files.export gives for their files, by file type
 * and target content type (`importKey`); null when that conversion is not emulated.
 */
export function apiExporters(world: World): Map<string, (rec: DriveRecord) => BlobData> {
  return world.state('drive.apiExporters', () => new Map<string, (rec: DriveRecord) => BlobData>());
}

/** Other services (Docs) register the empty content of a new file of their type (Drive.Files.create). */
export function blankContents(world: World): Map<string, (fileId: string) => FileContent> {
  return world.state('drive.blankContents', () => new Map<string, (fileId: string) => FileContent>());
}

/**
 * Other services (Sheets) register how an upload converts to their type (Drive.Files.create with a
 * Google Workspace mimeType and a media of another type), by target and uploaded content type.
 */
export function importers(world: World): Map<string, (fileId: string, bytes: Uint8Array) => FileContent> {
  return world.state('drive.importers', () => new Map<string, (fileId: string, bytes: Uint8Array) => FileContent>());
}

export const importKey = (target: string, source: string): string => `${target} <- ${source}`;
