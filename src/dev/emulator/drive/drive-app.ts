/** DriveApp: the user's Drive — lookup by ID or name, creating files and folders, enums. */
import type { ApiSubset } from '../core/api-subset';
import { Emulated } from '../core/emulated';
import type { World } from '../core/world';
import { createFileIn } from './create-file';
import { File } from './file';
import { Folder } from './folder';
import { FileIterator, FolderIterator, decodeToken } from './iterators';
import { fileById, filesWhere, folderById, foldersWhere } from './listing';
import { findVisible } from './lookup';
import { parseQuery } from './search-query';

type DriveAppApi = ApiSubset<
  GoogleAppsScript.Drive.DriveApp,
  | 'getRootFolder'
  | 'createFolder'
  | 'createFile'
  | 'getFileById'
  | 'getFolderById'
  | 'getFiles'
  | 'getFolders'
  | 'getFilesByName'
  | 'getFoldersByName'
  | 'getFilesByType'
  | 'searchFiles'
  | 'continueFileIterator'
  | 'continueFolderIterator'
>;

const enumOf = <K extends string>(...names: K[]): Readonly<Record<K, K>> => Object.freeze(Object.fromEntries(names.map((n) => [n, n])) as Record<K, K>);

export const ACCESS_ENUM = enumOf('ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK', 'PRIVATE');
export const PERMISSION_ENUM = enumOf('VIEW', 'EDIT', 'COMMENT', 'OWNER', 'ORGANIZER', 'FILE_ORGANIZER', 'NONE');

export class DriveApp extends Emulated implements DriveAppApi {
  readonly Access = ACCESS_ENUM;
  readonly Permission = PERMISSION_ENUM;

  private readonly _file: ReturnType<typeof fileById>;
  private readonly _folder: ReturnType<typeof folderById>;

  constructor(private readonly world: World) {
    super('DriveApp', world.log);
    // Set here, not as field initialisers: those would run before `world` is assigned under esbuild.
    this._file = fileById(world);
    this._folder = folderById(world);
  }

  getRootFolder(): Folder {
    return this._folder(this.world.drive.rootId);
  }

  createFolder(name: string): Folder {
    return this.getRootFolder().createFolder(name);
  }

  createFile(blobOrName: GoogleAppsScript.Base.BlobSource | string, content?: string, mimeType?: string): File {
    return createFileIn(this.world, this.world.drive.rootId, blobOrName, content, mimeType);
  }

  getFileById(id: string): File {
    return new File(this.world, findVisible(this.world, id, false));
  }

  getFolderById(id: string): Folder {
    if (id === this.world.drive.rootId) return this.getRootFolder();
    return new Folder(this.world, findVisible(this.world, id, true));
  }

  getFiles(): FileIterator<File> {
    return filesWhere(this.world, () => true);
  }

  getFilesByName(name: string): FileIterator<File> {
    return filesWhere(this.world, (r) => r.name === name);
  }

  getFilesByType(mimeType: string): FileIterator<File> {
    return filesWhere(this.world, (r) => r.mimeType === mimeType);
  }

  getFolders(): FolderIterator<Folder> {
    return foldersWhere(this.world, () => true);
  }

  getFoldersByName(name: string): FolderIterator<Folder> {
    return foldersWhere(this.world, (r) => r.name === name);
  }

  searchFiles(params: string): FileIterator<File> {
    return filesWhere(this.world, parseQuery(params));
  }

  continueFileIterator(continuationToken: string): FileIterator<File> {
    return new FileIterator(this.world.log, decodeToken('file', continuationToken), this._file);
  }

  continueFolderIterator(continuationToken: string): FolderIterator<Folder> {
    return new FolderIterator(this.world.log, decodeToken('folder', continuationToken), this._folder);
  }
}
