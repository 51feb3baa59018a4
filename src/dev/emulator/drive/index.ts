/** Installs the DriveApp global. */
import type { World } from '../core/world';

export function installDriveApp(world: World): Record<string, unknown> {
  void world;
  return {};
}
