/**
 * The advanced Drive service, v3 (global `Drive`), installed only when the manifest enables it
 * (dependencies.enabledAdvancedServices: userSymbol Drive, serviceId drive, version v3), as in
 * Apps Script. Files and Permissions are emulated; any other collection or method throws
 * `Not emulated: Drive.X.y`.
 */
import { Emulated } from '../core/emulated';
import type { World } from '../core/world';
import { DriveFiles } from './files';
import { DrivePermissions } from './permissions';

export { driveNotices, type DriveNotice } from './permissions';
export { GoogleJsonResponseException } from './errors';

class DriveService extends Emulated {
  readonly Files: DriveFiles;
  readonly Permissions: DrivePermissions;

  constructor(world: World) {
    super('Drive', world.log);
    this.Files = new DriveFiles(world);
    this.Permissions = new DrivePermissions(world);
  }
}

export function installAdvancedDrive(world: World): Record<string, unknown> {
  const drive = world.advancedServices.find((s) => s.serviceId === 'drive');
  if (!drive) return {};
  if (drive.version !== 'v3') throw new Error(`Only the Drive advanced service v3 is emulated (manifest asks for ${drive.version})`);
  return { [drive.userSymbol]: new DriveService(world) };
}

/**
 * Emulator-only: the user picks the item in the Google Picker, which gives the app drive.file
 * access to it for that user ("files … that the user shares with an app while using the Google
 * Picker API").
 */
export function _pickWithGooglePicker(world: World, fileId: string, user: string = world.owner): void {
  const rec = world.drive.get(fileId);
  if (!rec) throw new Error(`No Drive item ${fileId}`);
  const u = user.toLowerCase();
  if (!rec.appUsers.includes(u)) rec.appUsers.push(u);
}
