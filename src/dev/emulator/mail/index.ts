/** Installs the MailApp global. */
import type { World } from '../core/world';

export function installMailApp(world: World): Record<string, unknown> {
  void world;
  return {};
}
