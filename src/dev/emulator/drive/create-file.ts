/** createFile(blob) and createFile(name, content[, mimeType]), shared by DriveApp and Folder. */
import type { BlobData } from '../core/blob-data';
import { AppsScriptException } from '../core/errors';
import type { World } from '../core/world';
import { File } from './file';
import { isGoogleType } from './mime-type';

export function createFileIn(world: World, parentId: string, blobOrName: GoogleAppsScript.Base.BlobSource | string, content?: string, mimeType?: string): File {
  let data: BlobData;
  let name: string;
  if (typeof blobOrName === 'string') {
    if (content === undefined || content === null) throw new AppsScriptException('Invalid argument: content');
    const type = mimeType ?? 'text/plain';
    if (isGoogleType(type)) throw new AppsScriptException('Invalid argument: file.contentType');
    name = blobOrName;
    data = { bytes: new TextEncoder().encode(String(content)), contentType: type, name };
  } else {
    const source = blobOrName as unknown as { _data?: BlobData; getBlob?: () => { _data?: BlobData } };
    const blobData = source._data ?? source.getBlob?.()._data;
    if (!blobData) throw new AppsScriptException('Invalid argument: blob');
    name = blobData.name ?? 'Untitled';
    data = { bytes: blobData.bytes.slice(), contentType: blobData.contentType ?? 'application/octet-stream', name };
  }
  const rec = world.drive.create(name, data.contentType as string, world.execution.user || world.owner, { parentIds: [parentId], blob: data });
  return new File(world, rec);
}
