/** What File and Folder share: identity, metadata, sharing, editors and viewers, trash, parents. */
import type { Access, DriveRecord, Permission } from '../core/drive-store';
import { Emulated } from '../core/emulated';
import { AppsScriptException } from '../core/errors';
import type { World } from '../core/world';
import { driveUrl } from './mime-type';
import { User } from './user';

const ACCESS = ['ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK', 'PRIVATE'];
/** OWNER, ORGANIZER and FILE_ORGANIZER can be read but not set (reference: Enum Permission). */
const SETTABLE_PERMISSIONS = ['VIEW', 'EDIT', 'COMMENT', 'NONE'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function emailOf(user: unknown): string {
  const email = typeof user === 'string' ? user : (user as { getEmail?: () => string } | null)?.getEmail?.();
  // Drive's permission API rejects the address (observed message for a bad permission value).
  if (typeof email !== 'string' || !EMAIL.test(email.trim())) throw new AppsScriptException('Invalid argument: permission.value');
  return email.trim().toLowerCase();
}

/** The methods File and Folder both take from DriveItem. */
export type DriveItemMethods =
  | 'getId'
  | 'getName'
  | 'setName'
  | 'getUrl'
  | 'getDescription'
  | 'setDescription'
  | 'addEditor'
  | 'addEditors'
  | 'addViewer'
  | 'addViewers'
  | 'removeEditor'
  | 'removeViewer'
  | 'getEditors'
  | 'getViewers'
  | 'getOwner'
  | 'setSharing'
  | 'getSharingAccess'
  | 'getSharingPermission'
  | 'setTrashed'
  | 'isTrashed'
  | 'setStarred'
  | 'isStarred'
  | 'getDateCreated'
  | 'getLastUpdated';

export abstract class DriveItem extends Emulated {
  protected constructor(
    className: string,
    protected readonly world: World,
    readonly _rec: DriveRecord,
  ) {
    super(className, world.log);
  }

  protected touch(): void {
    this.world.drive.touch(this._rec);
  }

  getId(): string {
    return this._rec.id;
  }

  getName(): string {
    return this._rec.name;
  }

  setName(name: string): this {
    if (typeof name !== 'string' || name === '') throw new AppsScriptException('Invalid argument: name');
    this._rec.name = name;
    this.touch();
    return this;
  }

  getUrl(): string {
    return driveUrl(this._rec.id, this._rec.mimeType);
  }

  getDescription(): string | null {
    return this._rec.description === '' ? null : this._rec.description;
  }

  setDescription(description: string): this {
    this._rec.description = description === null ? '' : String(description);
    this.touch();
    return this;
  }

  getDateCreated(): Date {
    return new Date(this._rec.createdMs);
  }

  getLastUpdated(): Date {
    return new Date(this._rec.updatedMs);
  }

  getOwner(): User {
    return new User(this.world.log, this._rec.owner);
  }

  /** The owner comes first, then users added as editors. */
  getEditors(): User[] {
    return [this._rec.owner, ...this._rec.editors].map((e) => new User(this.world.log, e));
  }

  getViewers(): User[] {
    return this._rec.viewers.map((e) => new User(this.world.log, e));
  }

  addEditor(emailAddress: string | GoogleAppsScript.Base.User): this {
    this.grant(emailOf(emailAddress), 'editor');
    return this;
  }

  addEditors(emailAddresses: string[]): this {
    const emails = emailAddresses.map(emailOf);
    for (const e of emails) this.grant(e, 'editor');
    return this;
  }

  addViewer(emailAddress: string | GoogleAppsScript.Base.User): this {
    this.grant(emailOf(emailAddress), 'viewer');
    return this;
  }

  addViewers(emailAddresses: string[]): this {
    const emails = emailAddresses.map(emailOf);
    for (const e of emails) this.grant(e, 'viewer');
    return this;
  }

  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): this {
    const e = emailOf(emailAddress);
    this._rec.editors = this._rec.editors.filter((x) => x.toLowerCase() !== e);
    this.touch();
    return this;
  }

  removeViewer(emailAddress: string | GoogleAppsScript.Base.User): this {
    const e = emailOf(emailAddress);
    this._rec.viewers = this._rec.viewers.filter((x) => x.toLowerCase() !== e);
    this.touch();
    return this;
  }

  getSharingAccess(): GoogleAppsScript.Drive.Access {
    return this._rec.sharing.access as unknown as GoogleAppsScript.Drive.Access;
  }

  getSharingPermission(): GoogleAppsScript.Drive.Permission {
    return this._rec.sharing.permission as unknown as GoogleAppsScript.Drive.Permission;
  }

  setSharing(accessType: GoogleAppsScript.Drive.Access, permissionType: GoogleAppsScript.Drive.Permission): this {
    const access = String(accessType);
    const permission = String(permissionType);
    if (!ACCESS.includes(access)) throw new AppsScriptException('Invalid argument: accessType');
    if (!SETTABLE_PERMISSIONS.includes(permission)) throw new AppsScriptException('Invalid argument: permissionType');
    this._rec.sharing = { access: access as Access, permission: permission as Permission };
    this.touch();
    return this;
  }

  isTrashed(): boolean {
    return this._rec.trashed;
  }

  setTrashed(trashed: boolean): this {
    this._rec.trashed = Boolean(trashed);
    this.touch();
    return this;
  }

  isStarred(): boolean {
    return this._rec.starred;
  }

  setStarred(starred: boolean): this {
    this._rec.starred = Boolean(starred);
    return this;
  }

  private grant(email: string, role: 'editor' | 'viewer'): void {
    const rec = this._rec;
    if (email === rec.owner.toLowerCase()) return;
    const isEditor = rec.editors.some((e) => e.toLowerCase() === email);
    if (role === 'editor') {
      rec.viewers = rec.viewers.filter((v) => v.toLowerCase() !== email);
      if (!isEditor) rec.editors.push(email);
    } else if (!isEditor && !rec.viewers.some((v) => v.toLowerCase() === email)) {
      // Adding an editor as a viewer has no effect (reference: File.addViewer).
      rec.viewers.push(email);
    }
    this.touch();
  }
}
