/** The Ui of the container (SpreadsheetApp.getUi(), DocumentApp.getUi(), FormApp.getUi()): menus, sidebars, dialogs. */
import type { World } from '../core/world';

/** Returns the emulated Ui of the world (one per world, it records what was shown). */
export function getUi(world: World): GoogleAppsScript.Base.Ui {
  void world;
  throw new Error('Not emulated: Ui');
}
