/** Installs the FormApp global. */
import type { World } from '../core/world';

export function installFormApp(world: World): Record<string, unknown> {
  void world;
  return {};
}
