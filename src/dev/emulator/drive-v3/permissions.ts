/**
 * Drive.Permissions of the advanced Drive service, v3
 * (https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions), for user
 * permissions on items in My Drive:
 * - create (…/permissions/create): shares an item with a user as reader, commenter or writer. Drive
 *   e-mails the person unless `sendNotificationEmail: false` ("Whether to send a notification email
 *   when sharing to users or groups"; default true): the notices are kept for tests (`_driveNotices`).
 * - list (…/permissions/list): "Lists a file's or shared drive's permissions"; "When not set for files
 *   that are not in a shared drive, the entire list will be returned" (no nextPageToken then). Each
 *   permission carries only kind, id, type and role unless `fields` asks for more
 *   (`permissions(id,type,role,emailAddress)` or `*`). The owner is listed with role `owner`.
 *   Only the item's own permissions are listed: `permissionDetails` (inherited or not) is "present
 *   only for shared drive items"; what a folder's permissions give to the files inside is computed
 *   from the folders above (drive/access.ts), as Google's "ACLs for a folder propagate downward".
 * - remove (…/permissions/delete; `remove` in Apps Script's typings): "If successful, the response
 *   body is an empty JSON object". Unknown ID: 404 "Permission not found: <id>." (as Drive answers,
 *   github.com/CSSS/csss-site/issues/644); the owner's: 403 "The owner of a file cannot be removed.".
 * - update (…/permissions/update): changes the role of a permission ("with patch semantics").
 * Permission IDs are opaque and stable per person (Drive's are numeric), never the e-mail address.
 */
import type { ApiSubset } from '../core/api-subset';
import type { DriveRecord } from '../core/drive-store';
import { Emulated, NotEmulatedError } from '../core/emulated';
import type { World } from '../core/world';
import { appCanRead, appCanWrite } from './app-access';
import { badRequest, fileNotFound, GoogleJsonResponseException, insufficientFilePermissions, insufficientScopes } from './errors';

type PermissionsApi = ApiSubset<GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection, 'create' | 'list' | 'remove' | 'update'>;
type Permission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
type PermissionList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.PermissionList;

/** "Authorization scopes" of each method's reference page. */
export const PERMISSIONS_SCOPES: Record<'create' | 'list' | 'remove' | 'update', string[]> = {
  create: ['drive', 'drive.file'],
  remove: ['drive', 'drive.file'],
  update: ['drive', 'drive.file'],
  list: ['drive', 'drive.file', 'drive.meet.readonly', 'drive.metadata', 'drive.metadata.readonly', 'drive.photos.readonly', 'drive.readonly'],
};
const AUTH = 'https://www.googleapis.com/auth/';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ROLES = ['reader', 'commenter', 'writer'];
const DEFAULT_FIELDS = ['kind', 'id', 'type', 'role'];
const ALL_FIELDS = [...DEFAULT_FIELDS, 'emailAddress'];

export interface DriveNotice {
  fileId: string;
  to: string;
  role: string;
}

export function driveNotices(world: World): DriveNotice[] {
  return world.state('drive-v3.notices', () => [] as DriveNotice[]);
}

/** A stable, opaque, numeric ID per person (FNV-1a over the address, 20 digits). */
export function permissionIdOf(email: string): string {
  let h = 0xcbf29ce484222325n;
  for (const c of email.toLowerCase()) h = BigInt.asUintN(64, (h ^ BigInt(c.charCodeAt(0))) * 0x100000001b3n);
  return h.toString().padStart(20, '0');
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The item's own user permissions: its owner, then its writers and readers. */
function userPermissions(rec: DriveRecord): { email: string; role: string }[] {
  return [
    { email: rec.owner.toLowerCase(), role: 'owner' },
    ...rec.editors.filter((e) => !same(e, rec.owner)).map((e) => ({ email: e.toLowerCase(), role: 'writer' })),
    ...rec.viewers.filter((e) => !same(e, rec.owner)).map((e) => ({ email: e.toLowerCase(), role: 'reader' })),
  ];
}

function resource(p: { email: string; role: string }, fields: readonly string[]): Permission {
  const all: Record<string, string> = { kind: 'drive#permission', id: permissionIdOf(p.email), type: 'user', role: p.role, emailAddress: p.email };
  const out: Record<string, string> = {};
  for (const f of fields) out[f] = all[f];
  return out as Permission;
}

/** `permissions(id,emailAddress)` → ['id', 'emailAddress']; `*` → every field. */
function wantedFields(method: string, fields: string | undefined, list: boolean): string[] {
  if (!fields) return DEFAULT_FIELDS;
  let inner: string | undefined = fields;
  if (list) {
    // Top level: kind, nextPageToken and permissions(…).
    inner = /permissions\(([^)]*)\)/.exec(fields)?.[1];
    const rest = fields
      .replace(/permissions\([^)]*\)/, '')
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean);
    if (inner === undefined || rest.some((f) => f !== 'kind' && f !== 'nextPageToken')) throw badRequest(method, `Invalid field selection ${fields}`);
  }
  if (inner.trim() === '*') return ALL_FIELDS;
  const wanted = inner.split(',').map((f) => f.trim());
  const bad = wanted.find((f) => !ALL_FIELDS.includes(f));
  if (bad) throw badRequest(method, `Invalid field selection ${bad}`);
  return wanted;
}

export class DrivePermissions extends Emulated implements PermissionsApi {
  constructor(private readonly world: World) {
    super('Drive.Permissions', world.log);
  }

  /** Scopes, then an item the app may reach (404 otherwise), then — to change it — write access. */
  private _item(name: keyof typeof PERMISSIONS_SCOPES, fileId: string, write: boolean): { method: string; rec: DriveRecord } {
    const method = `drive.permissions.${name === 'remove' ? 'delete' : name}`;
    if (!PERMISSIONS_SCOPES[name].some((s) => this.world.hasScope(AUTH + s))) throw insufficientScopes(method);
    const rec = this.world.drive.get(String(fileId));
    if (!rec || rec.id === this.world.drive.rootId || !appCanRead(this.world, rec)) throw fileNotFound(method, String(fileId));
    if (write && !appCanWrite(this.world, rec)) throw insufficientFilePermissions(method);
    // Link and domain sharing have permissions of their own (type anyone / domain): not emulated here.
    if (rec.sharing.access !== 'PRIVATE') throw new NotEmulatedError('Drive.Permissions', `${name} on an item shared by link or domain`);
    return { method, rec };
  }

  /** The person's current permission on the item, or a 404 as Drive answers for an unknown ID. */
  private _find(method: string, rec: DriveRecord, permissionId: string): { email: string; role: string } {
    const found = userPermissions(rec).find((p) => permissionIdOf(p.email) === String(permissionId));
    if (!found) throw new GoogleJsonResponseException(method, 404, `Permission not found: ${String(permissionId)}.`);
    return found;
  }

  private _setRole(rec: DriveRecord, email: string, role: string | null): void {
    rec.editors = rec.editors.filter((e) => !same(e, email));
    rec.viewers = rec.viewers.filter((e) => !same(e, email));
    if (role) (role === 'writer' ? rec.editors : rec.viewers).push(email);
    this.world.drive.touch(rec);
  }

  create(resource_: Permission, fileId: string, optionalArgs?: { sendNotificationEmail?: boolean; fields?: string }): Permission {
    const { method, rec } = this._item('create', fileId, true);
    const r = resource_ ?? {};
    if (r.type !== 'user') throw badRequest(method, 'Only sharing with a user is emulated.');
    const email = String(r.emailAddress ?? '')
      .trim()
      .toLowerCase();
    if (!EMAIL.test(email)) throw badRequest(method, 'Invalid sharing request: emailAddress');
    const role = String(r.role);
    if (!ROLES.includes(role)) throw badRequest(method, `Invalid permission role: ${role}`);
    const isOwner = same(rec.owner, email);
    const isEditor = rec.editors.some((e) => same(e, email));
    if (!isOwner) {
      // A permission is created or updated to the given role (never left with two roles).
      this._setRole(rec, email, role);
      if (optionalArgs?.sendNotificationEmail !== false && !(isEditor && role === 'writer')) driveNotices(this.world).push({ fileId: rec.id, to: email, role });
    }
    return resource({ email, role: isOwner ? 'owner' : role }, wantedFields(method, optionalArgs?.fields, false));
  }

  list(fileId: string, optionalArgs?: { fields?: string; pageSize?: number; pageToken?: string }): PermissionList {
    const { method, rec } = this._item('list', fileId, false);
    const fields = wantedFields(method, optionalArgs?.fields, true);
    return { kind: 'drive#permissionList', permissions: userPermissions(rec).map((p) => resource(p, fields)) } as PermissionList;
  }

  remove(fileId: string, permissionId: string): void {
    const { method, rec } = this._item('remove', fileId, true);
    const p = this._find(method, rec, permissionId);
    if (p.role === 'owner') throw new GoogleJsonResponseException(method, 403, 'The owner of a file cannot be removed.');
    this._setRole(rec, p.email, null);
  }

  update(resource_: Permission, fileId: string, permissionId: string, optionalArgs?: { fields?: string }): Permission {
    const { method, rec } = this._item('update', fileId, true);
    const p = this._find(method, rec, permissionId);
    const role = String(resource_?.role ?? p.role);
    // Giving ownership (role owner, transferOwnership) is not emulated.
    if (role === 'owner') throw new NotEmulatedError('Drive.Permissions', 'update to owner (transfer of ownership)');
    if (!ROLES.includes(role)) throw badRequest(method, `Invalid permission role: ${role}`);
    // Google's text for changing the owner's own role was not found: the generic 403 stands in for it.
    if (p.role === 'owner') throw insufficientFilePermissions(method);
    this._setRole(rec, p.email, role);
    return resource({ email: p.email, role }, wantedFields(method, optionalArgs?.fields, false));
  }
}
