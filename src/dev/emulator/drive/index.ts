/** Installs the DriveApp global and the global MimeType enum. */
import type { World } from '../core/world';
import { DriveApp } from './drive-app';
import { MIME_TYPE } from './mime-type';

export { exporters, type Exporter } from './lookup';
export { canView, canEdit } from './access';

export function installDriveApp(world: World): Record<string, unknown> {
  return { DriveApp: new DriveApp(world), MimeType: MIME_TYPE };
}
