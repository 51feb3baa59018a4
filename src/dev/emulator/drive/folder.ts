/** Folder: a Drive folder, its files and subfolders. */
import type { ApiSubset } from '../core/api-subset';
import type { DriveRecord } from '../core/drive-store';
import type { World } from '../core/world';
import { DriveItem, type DriveItemMethods } from './drive-item';
import { createFileIn } from './create-file';
import { File } from './file';
import type { FileIterator, FolderIterator } from './iterators';
import { filesWhere, foldersWhere, parentsOf } from './listing';
import { MIME_TYPE } from './mime-type';

type FolderApi = ApiSubset<
  GoogleAppsScript.Drive.Folder,
  | DriveItemMethods
  | 'createFolder'
  | 'createFile'
  | 'getFiles'
  | 'getFolders'
  | 'getFilesByName'
  | 'getFoldersByName'
  | 'getFilesByType'
  | 'getParents'
  | 'moveTo'
>;

export class Folder extends DriveItem implements FolderApi {
  constructor(world: World, rec: DriveRecord) {
    super('Folder', world, rec);
  }

  createFolder(name: string): Folder {
    const rec = this.world.drive.create(String(name), MIME_TYPE.FOLDER, this.world.execution.user || this.world.owner, { parentIds: [this._rec.id] });
    return new Folder(this.world, rec);
  }

  createFile(blobOrName: GoogleAppsScript.Base.BlobSource | string, content?: string, mimeType?: string): File {
    return createFileIn(this.world, this._rec.id, blobOrName, content, mimeType);
  }

  private files(pred: (r: DriveRecord) => boolean): FileIterator<File> {
    return filesWhere(this.world, (r) => r.parentIds.includes(this._rec.id) && pred(r));
  }

  private folders(pred: (r: DriveRecord) => boolean): FolderIterator<Folder> {
    return foldersWhere(this.world, (r) => r.parentIds.includes(this._rec.id) && pred(r));
  }

  getFiles(): FileIterator<File> {
    return this.files(() => true);
  }

  getFilesByName(name: string): FileIterator<File> {
    return this.files((r) => r.name === name);
  }

  getFilesByType(mimeType: string): FileIterator<File> {
    return this.files((r) => r.mimeType === mimeType);
  }

  getFolders(): FolderIterator<Folder> {
    return this.folders(() => true);
  }

  getFoldersByName(name: string): FolderIterator<Folder> {
    return this.folders((r) => r.name === name);
  }

  getParents(): FolderIterator<Folder> {
    return parentsOf(this.world, this._rec);
  }

  moveTo(destination: GoogleAppsScript.Drive.Folder): Folder {
    this._rec.parentIds = [(destination as unknown as Folder)._rec.id];
    this.touch();
    return this;
  }
}
