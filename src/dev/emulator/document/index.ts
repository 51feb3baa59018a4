/** Installs the DocumentApp global. */
import type { World } from '../core/world';

export function installDocumentApp(world: World): Record<string, unknown> {
  void world;
  return {};
}
