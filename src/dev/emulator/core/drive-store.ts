/**
 * The one store behind Drive, Sheets, Docs and Forms, so that an ID made by one
 * service opens in another, as in Google. Services keep their own model in `content`.
 */
import type { BlobData } from './blob-data';

export const MimeTypes = {
  FOLDER: 'application/vnd.google-apps.folder',
  SPREADSHEET: 'application/vnd.google-apps.spreadsheet',
  DOCUMENT: 'application/vnd.google-apps.document',
  FORM: 'application/vnd.google-apps.form',
  PDF: 'application/pdf',
  SHORTCUT: 'application/vnd.google-apps.shortcut',
} as const;

/** A service model stored in a Drive file (spreadsheet, document, form). */
export interface FileContent {
  /** Deep copy, used by makeCopy / copy(). */
  clone(newFileId: string): FileContent;
}

export type Access = 'PRIVATE' | 'DOMAIN' | 'DOMAIN_WITH_LINK' | 'ANYONE' | 'ANYONE_WITH_LINK';
export type Permission = 'VIEW' | 'EDIT' | 'COMMENT' | 'NONE' | 'OWNER' | 'ORGANIZER' | 'FILE_ORGANIZER';

export interface DriveRecord {
  id: string;
  name: string;
  mimeType: string;
  parentIds: string[];
  owner: string;
  editors: string[];
  viewers: string[];
  sharing: { access: Access; permission: Permission };
  description: string;
  starred: boolean;
  trashed: boolean;
  createdMs: number;
  updatedMs: number;
  /** Google-native content (spreadsheet, document, form); undefined for folders and binaries. */
  content?: FileContent;
  /** Bytes of an uploaded (non-Google) file. */
  blob?: BlobData;
  /**
   * Users for whom the script (the app) created or opened this item: what the drive.file scope
   * reaches (https://developers.google.com/workspace/drive/api/guides/api-specific-auth).
   */
  appUsers: string[];
  /** A shortcut's target, its MIME type copied when the shortcut was made (https://developers.google.com/drive/api/guides/shortcuts). */
  shortcut?: { targetId: string; targetMimeType: string };
}

export class DriveStore {
  readonly files = new Map<string, DriveRecord>();
  readonly rootId: string;

  /**
   * @param appUser the user the script runs as, or null when the item is made outside the script
   *   (by a test standing for the user in Drive's or Docs' own UI)
   */
  constructor(
    private readonly newId: () => string,
    private readonly now: () => number,
    owner: string,
    private readonly appUser: () => string | null = () => owner,
  ) {
    this.rootId = this.newId();
    this.files.set(this.rootId, this.record(this.rootId, 'My Drive', MimeTypes.FOLDER, [], owner));
  }

  create(name: string, mimeType: string, owner: string, init: Partial<DriveRecord> = {}): DriveRecord {
    const id = this.newId();
    const user = this.appUser();
    const rec = { ...this.record(id, name, mimeType, [this.rootId], owner), appUsers: user ? [user.toLowerCase()] : [], ...init, id };
    this.files.set(id, rec);
    return rec;
  }

  get(id: string): DriveRecord | undefined {
    return this.files.get(id);
  }

  touch(rec: DriveRecord): void {
    rec.updatedMs = this.now();
  }

  children(folderId: string): DriveRecord[] {
    return [...this.files.values()].filter((f) => f.parentIds.includes(folderId));
  }

  private record(id: string, name: string, mimeType: string, parentIds: string[], owner: string): DriveRecord {
    const t = this.now();
    return {
      id,
      name,
      mimeType,
      parentIds,
      owner,
      editors: [],
      viewers: [],
      sharing: { access: 'PRIVATE', permission: 'NONE' },
      description: '',
      starred: false,
      trashed: false,
      createdMs: t,
      updatedMs: t,
      appUsers: [],
    };
  }
}
