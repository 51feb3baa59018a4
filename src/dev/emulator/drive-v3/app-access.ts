/**
 * What the Drive API lets the script reach, by scope
 * (https://developers.google.com/workspace/drive/api/guides/api-specific-auth):
 * - `drive`: "See, edit, create, and delete all of your Google Drive files" — whatever the user can;
 * - `drive.readonly`: the same, read only;
 * - `drive.file`: "Create new Drive files, or modify existing files, that you open with an app or
 *   that the user shares with an app while using the Google Picker API or the app's file picker" —
 *   only the items the app created or was given (DriveRecord.appUsers), and only those the user
 *   can reach too. Whether one user's grant covers another user is not documented: the world's
 *   `driveFileGrants` option decides ('per-user' by default).
 */
import type { DriveRecord } from '../core/drive-store';
import type { World } from '../core/world';
import { canEdit, canView } from '../drive/access';

export const SCOPE = {
  DRIVE: 'https://www.googleapis.com/auth/drive',
  READONLY: 'https://www.googleapis.com/auth/drive.readonly',
  FILE: 'https://www.googleapis.com/auth/drive.file',
} as const;

function granted(world: World, rec: DriveRecord, user: string): boolean {
  if (world.driveFileGrants === 'per-app') return rec.appUsers.length > 0;
  return rec.appUsers.includes(user.toLowerCase());
}

/** Whether the app, for the running user, may read the item. */
export function appCanRead(world: World, rec: DriveRecord): boolean {
  const user = world.execution.effectiveUser;
  if (!canView(rec, user, world.drive)) return false;
  if (world.hasScope(SCOPE.DRIVE) || world.hasScope(SCOPE.READONLY)) return true;
  return world.hasScope(SCOPE.FILE) && granted(world, rec, user);
}

/** Whether the app, for the running user, may change the item (or add files into the folder). */
export function appCanWrite(world: World, rec: DriveRecord): boolean {
  const user = world.execution.effectiveUser;
  if (!canEdit(rec, user, world.drive)) return false;
  if (world.hasScope(SCOPE.DRIVE)) return true;
  return world.hasScope(SCOPE.FILE) && granted(world, rec, user);
}

/** The item now counts as opened by the app for the running user (it created or copied it). */
export function grantToApp(rec: DriveRecord, user: string): void {
  const u = user.toLowerCase();
  if (u && !rec.appUsers.includes(u)) rec.appUsers.push(u);
}
