/**
 * Drive.Permissions.create (https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/create):
 * shares an item with a user as reader, commenter or writer. Drive e-mails the person unless
 * `sendNotificationEmail: false` ("Whether to send a notification email when sharing to users or
 * groups"; default true): the notices are kept for tests (`_driveNotices`).
 */
import type { ApiSubset } from '../core/api-subset';
import { Emulated } from '../core/emulated';
import type { World } from '../core/world';
import { appCanRead, appCanWrite } from './app-access';
import { badRequest, fileNotFound, insufficientFilePermissions, insufficientScopes } from './errors';

type PermissionsApi = ApiSubset<GoogleAppsScript.Drive_v3.Drive.V3.Collection.PermissionsCollection, 'create'>;
type Permission = GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;

/** Reference page, "Authorization scopes". */
export const PERMISSIONS_SCOPES = ['drive', 'drive.file'];
const AUTH = 'https://www.googleapis.com/auth/';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface DriveNotice {
  fileId: string;
  to: string;
  role: string;
}

export function driveNotices(world: World): DriveNotice[] {
  return world.state('drive-v3.notices', () => [] as DriveNotice[]);
}

export class DrivePermissions extends Emulated implements PermissionsApi {
  constructor(private readonly world: World) {
    super('Drive.Permissions', world.log);
  }

  create(resource: Permission, fileId: string, optionalArgs?: { sendNotificationEmail?: boolean; fields?: string }): Permission {
    const method = 'drive.permissions.create';
    if (!PERMISSIONS_SCOPES.some((s) => this.world.hasScope(AUTH + s))) throw insufficientScopes(method);
    const rec = this.world.drive.get(String(fileId));
    if (!rec || !appCanRead(this.world, rec)) throw fileNotFound(method, String(fileId));
    if (!appCanWrite(this.world, rec)) throw insufficientFilePermissions(method);
    const r = resource ?? {};
    if (r.type !== 'user') throw badRequest(method, 'Only sharing with a user is emulated.');
    const email = String(r.emailAddress ?? '')
      .trim()
      .toLowerCase();
    if (!EMAIL.test(email)) throw badRequest(method, 'Invalid sharing request: emailAddress');
    const role = String(r.role);
    if (role !== 'reader' && role !== 'commenter' && role !== 'writer') throw badRequest(method, `Invalid permission role: ${role}`);
    const isOwner = rec.owner.toLowerCase() === email;
    const isEditor = rec.editors.some((e) => e.toLowerCase() === email);
    if (!isOwner) {
      // A permission is created or updated to the given role (never left with two roles).
      rec.editors = rec.editors.filter((e) => e.toLowerCase() !== email);
      rec.viewers = rec.viewers.filter((e) => e.toLowerCase() !== email);
      (role === 'writer' ? rec.editors : rec.viewers).push(email);
      this.world.drive.touch(rec);
      if (optionalArgs?.sendNotificationEmail !== false && !(isEditor && role === 'writer')) driveNotices(this.world).push({ fileId: rec.id, to: email, role });
    }
    return { kind: 'drive#permission', id: email, type: 'user', role: isOwner ? 'owner' : role, emailAddress: email } as Permission;
  }
}
