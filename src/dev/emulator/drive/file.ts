/** File: a Drive file (uploaded bytes, or a Google Doc / Sheet / Form). */
import type { ApiSubset } from '../core/api-subset';
import { Blob } from '../core/blob';
import type { DriveRecord } from '../core/drive-store';
import { AppsScriptException } from '../core/errors';
import type { World } from '../core/world';
import { exportDocument } from '../document/document';
import { canEdit } from './access';
import { DriveItem, type DriveItemMethods } from './drive-item';
import { Folder } from './folder';
import type { FolderIterator } from './iterators';
import { parentsOf } from './listing';
import { exporters } from './lookup';
import { MIME_TYPE, isGoogleType } from './mime-type';

type FileApi = ApiSubset<
  GoogleAppsScript.Drive.File,
  DriveItemMethods | 'getMimeType' | 'getSize' | 'makeCopy' | 'getBlob' | 'getAs' | 'moveTo' | 'getParents' | 'setContent'
>;

export class File extends DriveItem implements FileApi {
  constructor(world: World, rec: DriveRecord) {
    super('File', world, rec);
  }

  getMimeType(): string {
    return this._rec.mimeType;
  }

  /** Google-native files take no storage quota and report 0. */
  getSize(): number {
    return this._rec.blob ? this._rec.blob.bytes.length : 0;
  }

  getParents(): FolderIterator<Folder> {
    return parentsOf(this.world, this._rec);
  }

  moveTo(destination: GoogleAppsScript.Drive.Folder): File {
    const dest = (destination as unknown as Folder)._rec;
    if (!dest || dest.mimeType !== MIME_TYPE.FOLDER) throw new AppsScriptException('Invalid argument: destination');
    this._rec.parentIds = [dest.id];
    this.touch();
    return this;
  }

  /** makeCopy([name][, destination]): Google-native content is deep-copied under the new ID. */
  makeCopy(nameOrDestination?: string | GoogleAppsScript.Drive.Folder, destination?: GoogleAppsScript.Drive.Folder): File {
    const name = typeof nameOrDestination === 'string' ? nameOrDestination : `Copy of ${this._rec.name}`;
    const dest = (typeof nameOrDestination === 'object' ? nameOrDestination : destination) as unknown as Folder | undefined;
    const src = this._rec;
    const copy = this.world.drive.create(name, src.mimeType, this.world.execution.user || this.world.owner, {
      parentIds: dest ? [dest._rec.id] : src.parentIds.slice(),
      description: src.description,
    });
    if (src.content) copy.content = src.content.clone(copy.id);
    if (src.blob) copy.blob = { ...src.blob, bytes: src.blob.bytes.slice() };
    return new File(this.world, copy);
  }

  /** Uploaded files give their bytes; a Google Doc gives its PDF export. */
  getBlob(): Blob {
    if (this._rec.blob) return new Blob(this.world.log, { ...this._rec.blob, bytes: this._rec.blob.bytes.slice(), name: this._rec.name });
    return this.getAs(MIME_TYPE.PDF);
  }

  getAs(contentType: string): Blob {
    const rec = this._rec;
    if (rec.blob) return this.getBlob().getAs(contentType);
    if (rec.mimeType === MIME_TYPE.GOOGLE_DOCS && rec.content) return exportDocument(this.world, rec, contentType);
    const exporter = exporters(this.world).get(rec.mimeType);
    if (exporter && rec.content) return new Blob(this.world.log, exporter(rec, contentType));
    throw new AppsScriptException(`Converting from ${rec.mimeType} to ${contentType} is not supported.`);
  }

  /** Overwrites an uploaded file's content with text. */
  setContent(content: string): File {
    if (isGoogleType(this._rec.mimeType)) throw new AppsScriptException('Invalid argument: content');
    if (!canEdit(this._rec, this.world.execution.user, this.world.drive)) throw new AppsScriptException('Access denied: DriveApp.');
    this._rec.blob = { bytes: new TextEncoder().encode(String(content)), contentType: this._rec.mimeType, name: this._rec.name };
    this.touch();
    return this;
  }
}
