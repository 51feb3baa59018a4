/**
 * Drive.Files of the advanced Drive service, v3 (https://developers.google.com/workspace/drive/api/reference/rest/v3/files),
 * over the same Drive store as DriveApp. Resources are plain objects with only the requested
 * `fields` (default: kind, id, name, mimeType, as the API returns). Each method first checks the
 * scopes its reference page lists under "Authorization scopes", then what the app may reach
 * (app-access.ts).
 */
import type { ApiSubset } from '../core/api-subset';
import type { BlobData } from '../core/blob-data';
import { type DriveRecord, MimeTypes } from '../core/drive-store';
import { Emulated } from '../core/emulated';
import type { World } from '../core/world';
import { driveUrl, isGoogleType } from '../drive/mime-type';
import { apiExporters, blankContents, importKey, importers } from '../drive/lookup';
import { Blob } from '../core/blob';
import { appCanRead, appCanWrite, grantToApp } from './app-access';
import { badRequest, fileNotFound, insufficientFilePermissions, insufficientScopes } from './errors';

type FilesApi = ApiSubset<GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection, 'create' | 'get' | 'copy' | 'update' | 'list' | 'export'>;
type FileResource = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type FileList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;

const AUTH = 'https://www.googleapis.com/auth/';
/** "Authorization scopes" of each method's reference page (files/create, files/get, …). */
const READ = [
  'drive',
  'drive.appdata',
  'drive.file',
  'drive.meet.readonly',
  'drive.metadata',
  'drive.metadata.readonly',
  'drive.photos.readonly',
  'drive.readonly',
];
export const FILES_SCOPES: Record<string, string[]> = {
  create: ['drive', 'drive.appdata', 'drive.file'],
  get: READ,
  list: READ,
  // files.copy lost drive.readonly in July 2020 (tanaikech.github.io/2020/07/09/specification-of-files-copy-in-drive-api-was-changed).
  copy: ['drive', 'drive.appdata', 'drive.file', 'drive.photos.readonly'],
  update: ['drive', 'drive.appdata', 'drive.file', 'drive.metadata', 'drive.scripts'],
  export: ['drive', 'drive.file', 'drive.meet.readonly', 'drive.readonly'],
};

const DEFAULT_FIELDS = ['kind', 'id', 'name', 'mimeType'];

interface Args {
  fields?: string;
  addParents?: string;
  removeParents?: string;
  q?: string;
  pageSize?: number;
  pageToken?: string;
  alt?: string;
}

export class DriveFiles extends Emulated implements FilesApi {
  constructor(private readonly world: World) {
    super('Drive.Files', world.log);
  }

  private _method(name: string): string {
    const method = `drive.files.${name}`;
    if (!FILES_SCOPES[name].some((s) => this.world.hasScope(AUTH + s))) throw insufficientScopes(method);
    return method;
  }

  private _readable(method: string, id: unknown): DriveRecord {
    const rec = this.world.drive.get(String(id));
    if (!rec || rec.id === this.world.drive.rootId || !appCanRead(this.world, rec)) throw fileNotFound(method, String(id));
    return rec;
  }

  /** A parent must be a folder the app may write into; Drive answers 404 for one it cannot reach. */
  private _parents(method: string, parents: unknown): string[] {
    if (parents === undefined || parents === null) return [this.world.drive.rootId];
    if (!Array.isArray(parents) || parents.length !== 1) throw badRequest(method, 'A file must have exactly one parent.');
    const rec = this.world.drive.get(String(parents[0]));
    if (!rec || rec.mimeType !== MimeTypes.FOLDER || !appCanWrite(this.world, rec)) throw fileNotFound(method, String(parents[0]));
    return [rec.id];
  }

  private _resource(rec: DriveRecord, fields: string | undefined): FileResource {
    const all: Record<string, unknown> = {
      kind: 'drive#file',
      id: rec.id,
      name: rec.name,
      mimeType: rec.mimeType,
      parents: rec.parentIds.slice(),
      trashed: rec.trashed,
      description: rec.description,
      webViewLink: driveUrl(rec.id, rec.mimeType),
      createdTime: new Date(rec.createdMs).toISOString(),
      modifiedTime: new Date(rec.updatedMs).toISOString(),
      size: rec.blob ? String(rec.blob.bytes.length) : undefined,
      shortcutDetails: rec.shortcut ? { ...rec.shortcut } : undefined,
    };
    const wanted = fields ? fields.split(',').map((f) => f.trim()) : DEFAULT_FIELDS;
    const out: Record<string, unknown> = {};
    for (const f of wanted) {
      if (!(f in all)) throw badRequest('drive.files', `Invalid field selection ${f}`);
      if (all[f] !== undefined) out[f] = all[f];
    }
    return out as FileResource;
  }

  create(resource: FileResource, mediaData?: GoogleAppsScript.Base.Blob, optionalArgs?: Args): FileResource {
    const method = this._method('create');
    const r = resource ?? {};
    const media = mediaData ? (mediaData as unknown as { _data?: BlobData })._data : undefined;
    const mimeType = r.mimeType ?? media?.contentType ?? 'application/octet-stream';
    if (mimeType === MimeTypes.SHORTCUT) return this._shortcut(method, r, optionalArgs);
    const blank = blankContents(this.world).get(mimeType);
    if (isGoogleType(mimeType) && mimeType !== MimeTypes.FOLDER && !blank) throw badRequest(method, `Creating ${mimeType} files is not emulated.`);
    const parentIds = this._parents(method, r.parents);
    const user = this.world.execution.effectiveUser || this.world.owner;
    const rec = this.world.drive.create(r.name ?? media?.name ?? 'Untitled', mimeType, user, { parentIds, description: r.description ?? '' });
    const convert = media && isGoogleType(mimeType) ? importers(this.world).get(importKey(mimeType, media.contentType ?? '')) : undefined;
    if (media && isGoogleType(mimeType) && mimeType !== MimeTypes.FOLDER && !convert)
      throw badRequest(method, `Importing ${media.contentType} into ${mimeType} is not emulated.`);
    if (convert) rec.content = convert(rec.id, media!.bytes);
    else if (blank) rec.content = blank(rec.id);
    else if (media) rec.blob = { bytes: media.bytes.slice(), contentType: mimeType, name: rec.name };
    grantToApp(rec, user);
    return this._resource(rec, optionalArgs?.fields);
  }

  /**
   * A shortcut (https://developers.google.com/drive/api/guides/shortcuts): it names its target in
   * shortcutDetails.targetId, a file the app can reach (404 otherwise); the target's MIME type is
   * copied into targetMimeType; the target's title is its own when none is given.
   */
  private _shortcut(method: string, r: FileResource, optionalArgs?: Args): FileResource {
    const targetId = r.shortcutDetails?.targetId;
    if (!targetId) throw badRequest(method, 'A shortcut must name its target in shortcutDetails.targetId.');
    const target = this._readable(method, targetId);
    const user = this.world.execution.effectiveUser || this.world.owner;
    const rec = this.world.drive.create(r.name ?? target.name, MimeTypes.SHORTCUT, user, {
      parentIds: this._parents(method, r.parents),
      description: r.description ?? '',
    });
    rec.shortcut = { targetId: target.id, targetMimeType: target.mimeType };
    grantToApp(rec, user);
    return this._resource(rec, optionalArgs?.fields);
  }

  get(fileId: string, optionalArgs?: Args): FileResource {
    const method = this._method('get');
    return this._resource(this._readable(method, fileId), optionalArgs?.fields);
  }

  /** A copy the app made is the app's (for this user); folders cannot be copied. */
  copy(resource: FileResource, fileId: string, optionalArgs?: Args): FileResource {
    const method = this._method('copy');
    const src = this._readable(method, fileId);
    if (src.mimeType === MimeTypes.FOLDER) throw badRequest(method, 'This file cannot be copied by the user.');
    const r = resource ?? {};
    const parentIds = r.parents ? this._parents(method, r.parents) : src.parentIds.filter((id) => this.world.drive.get(id));
    const user = this.world.execution.effectiveUser || this.world.owner;
    const copy = this.world.drive.create(r.name ?? `Copy of ${src.name}`, src.mimeType, user, { parentIds, description: src.description });
    if (src.content) copy.content = src.content.clone(copy.id);
    if (src.blob) copy.blob = { ...src.blob, bytes: src.blob.bytes.slice() };
    grantToApp(copy, user);
    return this._resource(copy, optionalArgs?.fields);
  }

  /** Metadata (name, description, trashed) and moves through addParents / removeParents. */
  update(resource: FileResource, fileId: string, mediaData?: GoogleAppsScript.Base.Blob, optionalArgs?: Args): FileResource {
    const method = this._method('update');
    const rec = this._readable(method, fileId);
    if (!appCanWrite(this.world, rec)) throw insufficientFilePermissions(method);
    if (mediaData) throw badRequest(method, 'Uploading new content is not emulated.');
    const r = resource ?? {};
    const add = optionalArgs?.addParents ? this._parents(method, [optionalArgs.addParents]) : [];
    const remove = optionalArgs?.removeParents ? optionalArgs.removeParents.split(',') : [];
    if (r.name !== undefined) rec.name = String(r.name);
    if (r.description !== undefined) rec.description = String(r.description ?? '');
    if (r.trashed !== undefined) rec.trashed = Boolean(r.trashed);
    rec.parentIds = [...rec.parentIds.filter((id) => !remove.includes(id)), ...add.filter((id) => !rec.parentIds.includes(id))];
    if (rec.parentIds.length > 1) throw badRequest(method, 'Increasing the number of parents is not allowed.');
    this.world.drive.touch(rec);
    return this._resource(rec, optionalArgs?.fields);
  }

  /**
   * A Google Workspace file converted (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/export).
   * The advanced service answers only with `{ alt: 'media' }` (issuetracker.google.com/issues/468534237:
   * « Export requires alt=media to download the exported content »); it then gives the content as a Blob.
   */
  export(fileId: string, mimeType: string, optionalArgs?: Args): GoogleAppsScript.Base.Blob {
    const method = this._method('export');
    const rec = this._readable(method, fileId);
    if (optionalArgs?.alt !== 'media') throw badRequest(method, 'Export requires alt=media to download the exported content.');
    const convert = apiExporters(this.world).get(importKey(mimeType, rec.mimeType));
    if (!convert || !rec.content) throw badRequest(method, `Export of ${rec.mimeType} to ${mimeType} is not emulated.`);
    return new Blob(this.world.log, convert(rec)) as unknown as GoogleAppsScript.Base.Blob;
  }

  /**
   * Files the app may read, filtered by a query of `and`-joined terms among
   * `'<id>' in parents`, `name = '<name>'`, `mimeType = '<type>'`, `trashed = true|false`.
   */
  list(optionalArgs?: Args): FileList {
    const method = this._method('list');
    const preds = (optionalArgs?.q ?? '')
      .split(/\s+and\s+/i)
      .filter((t) => t.trim())
      .map((t) => queryTerm(method, t.trim()));
    const files = [...this.world.drive.files.values()]
      .filter((rec) => rec.id !== this.world.drive.rootId && appCanRead(this.world, rec) && preds.every((p) => p(rec)))
      .map((rec) => this._resource(rec, listFields(optionalArgs?.fields)));
    return { kind: 'drive#fileList', files } as FileList;
  }
}

/** `files(id,name)` → `id,name`. */
function listFields(fields: string | undefined): string | undefined {
  const m = fields ? /files\(([^)]*)\)/.exec(fields) : null;
  return m ? m[1] : undefined;
}

const unquote = (s: string) => s.replace(/^'|'$/g, '').replace(/\\'/g, "'");

function queryTerm(method: string, term: string): (r: DriveRecord) => boolean {
  let m = /^'((?:[^'\\]|\\.)*)'\s+in\s+parents$/.exec(term);
  if (m) {
    const id = unquote(`'${m[1]}'`);
    return (r) => r.parentIds.includes(id);
  }
  m = /^(name|mimeType)\s*=\s*('(?:[^'\\]|\\.)*')$/.exec(term);
  if (m) {
    const [field, value] = [m[1], unquote(m[2])];
    return (r) => (field === 'name' ? r.name : r.mimeType) === value;
  }
  m = /^trashed\s*=\s*(true|false)$/.exec(term);
  if (m) {
    const value = m[1] === 'true';
    return (r) => r.trashed === value;
  }
  throw badRequest(method, `Invalid Value`);
}
