/** The Ui of the container (SpreadsheetApp.getUi(), DocumentApp.getUi(), FormApp.getUi()): menus, sidebars, dialogs. */
import { AppsScriptException } from '../core/errors';
import type { World } from '../core/world';
import { type UiState, uiState } from './state';
import { Ui } from './ui';

/** Executions with no user in front of a document: the Ui cannot be reached from them. */
const NO_UI_CAUSES = ['trigger:clock', 'trigger:onFormSubmit', 'trigger:onChange'];

/**
 * Returns the emulated Ui of the world (one per world, it records what was shown).
 * `service` names the caller in Google's refusal from a context without a Ui.
 */
export function getUi(world: World, service = 'SpreadsheetApp'): GoogleAppsScript.Base.Ui {
  if (NO_UI_CAUSES.includes(world.execution.cause)) throw new AppsScriptException(`Cannot call ${service}.getUi() from this context.`);
  return world.state('ui.instance', () => new Ui(world)) as unknown as GoogleAppsScript.Base.Ui;
}

// ---- emulator-only helpers for tests ------------------------------------

/** Menus added, sidebars and dialogs shown, alerts and prompts answered, toasts. */
export function _uiState(world: World): UiState {
  return uiState(world);
}

/** The button the user will click on the next alert (e.g. 'YES', or Ui.Button.YES). */
export function _answerNextAlert(world: World, button: unknown): void {
  uiState(world).alertAnswers.push(String(button));
}

/** The text the user will type in the next prompt, and the button clicked (OK by default). */
export function _answerNextPrompt(world: World, text: string, button: unknown = 'OK'): void {
  uiState(world).promptAnswers.push({ text, button: String(button) });
}

/** For Spreadsheet.toast(): records the toast so tests can see it. */
export function _recordToast(world: World, message: string, title = '', timeoutSeconds = 5): void {
  uiState(world).toasts.push({ message, title, timeoutSeconds });
}
