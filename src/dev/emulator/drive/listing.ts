/** Iterators over visible files and folders (DriveApp: anywhere, Folder: its children) and over an item's parents. */
import type { DriveRecord } from '../core/drive-store';
import type { World } from '../core/world';
import { File } from './file';
import { Folder } from './folder';
import { FileIterator, FolderIterator } from './iterators';
import { visibleItems } from './lookup';
import { MIME_TYPE } from './mime-type';

type Pred = (r: DriveRecord) => boolean;

export const fileById = (world: World) => (id: string) => new File(world, world.drive.get(id) as DriveRecord);
export const folderById = (world: World) => (id: string) => new Folder(world, world.drive.get(id) as DriveRecord);

export function filesWhere(world: World, pred: Pred): FileIterator<File> {
  const ids = visibleItems(world, (r) => r.mimeType !== MIME_TYPE.FOLDER && pred(r)).map((r) => r.id);
  return new FileIterator(world.log, ids, fileById(world));
}

export function foldersWhere(world: World, pred: Pred): FolderIterator<Folder> {
  const ids = visibleItems(world, (r) => r.mimeType === MIME_TYPE.FOLDER && pred(r)).map((r) => r.id);
  return new FolderIterator(world.log, ids, folderById(world));
}

/** The parents of `rec` that still exist. */
export function parentsOf(world: World, rec: DriveRecord): FolderIterator<Folder> {
  return new FolderIterator(
    world.log,
    rec.parentIds.filter((id) => world.drive.get(id)),
    folderById(world),
  );
}
