/** Installs the SpreadsheetApp global. */
import type { World } from '../core/world';

export function installSpreadsheetApp(world: World): Record<string, unknown> {
  void world;
  return {};
}
