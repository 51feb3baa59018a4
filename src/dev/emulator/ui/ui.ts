/** Ui of the container: menus, sidebars, dialogs, and alerts/prompts answered from a scripted queue. */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import { invalidArgument } from '../core/errors';
import type { World } from '../core/world';
import { makeEnum } from '../script/enums';
import type { HtmlOutput } from '../script/html';
import { Menu } from './menu';
import { type ShownHtml, uiState } from './state';

type UiApi = ApiSubset<
  GoogleAppsScript.Base.Ui,
  'alert' | 'prompt' | 'createMenu' | 'createAddonMenu' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'
>;

const BUTTONS_OF: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export class PromptResponse extends Emulated implements ApiSubset<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'> {
  constructor(
    world: World,
    private readonly text: string,
    private readonly button: string,
  ) {
    super('PromptResponse', world.log);
  }

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): GoogleAppsScript.Base.Button {
    return this.button as unknown as GoogleAppsScript.Base.Button;
  }
}

/** (prompt) | (prompt, buttons) | (title, prompt, buttons), as alert() and prompt() take them. */
function dialogArgs(args: unknown[]): { title: string; prompt: string; buttons: string } {
  if (args.length >= 3) return { title: String(args[0]), prompt: String(args[1]), buttons: String(args[2]) };
  const buttons = args.length === 2 ? String(args[1]) : 'OK';
  if (!BUTTONS_OF[buttons]) throw invalidArgument('buttons');
  return { title: '', prompt: String(args[0]), buttons };
}

/**
 * The user's answer: the next scripted one, or else, with nobody to click, the dialog is
 * dismissed: OK when OK is the only button, CLOSE otherwise (no destructive default).
 */
function answer(queued: string | undefined, buttons: string): string {
  const allowed = BUTTONS_OF[buttons] ?? [];
  if (queued === undefined) return allowed.length === 1 ? 'OK' : 'CLOSE';
  if (queued !== 'CLOSE' && !allowed.includes(queued)) throw new Error(`Scripted answer ${queued} is not a button of ButtonSet.${buttons}`);
  return queued;
}

export class Ui extends Emulated implements UiApi {
  readonly Button = makeEnum<typeof GoogleAppsScript.Base.Button>('CLOSE', 'OK', 'CANCEL', 'YES', 'NO');
  readonly ButtonSet = makeEnum<typeof GoogleAppsScript.Base.ButtonSet>('OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL');

  constructor(private readonly world: World) {
    super('Ui', world.log);
  }

  alert(...args: [string, (string | GoogleAppsScript.Base.ButtonSet)?, GoogleAppsScript.Base.ButtonSet?]): GoogleAppsScript.Base.Button {
    const { title, prompt, buttons } = dialogArgs(args);
    const st = uiState(this.world);
    const chosen = answer(st.alertAnswers.shift(), buttons);
    st.alerts.push({ title, prompt, buttons, answer: chosen });
    return chosen as unknown as GoogleAppsScript.Base.Button;
  }

  prompt(...args: [string, (string | GoogleAppsScript.Base.ButtonSet)?, GoogleAppsScript.Base.ButtonSet?]): PromptResponse {
    const { title, prompt, buttons } = dialogArgs(args);
    const st = uiState(this.world);
    const queued = st.promptAnswers.shift();
    const chosen = answer(queued?.button, buttons);
    const text = queued?.text ?? '';
    st.prompts.push({ title, prompt, buttons, answer: chosen, responseText: text });
    return new PromptResponse(this.world, text, chosen);
  }

  createMenu(caption: string): Menu {
    return new Menu(this.world, String(caption), false);
  }

  createAddonMenu(): Menu {
    return new Menu(this.world, uiState(this.world).addOnName, true);
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    uiState(this.world).sidebars.push(this.shown('sidebar', userInterface, null));
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    uiState(this.world).dialogs.push(this.shown('modal', userInterface, title));
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    uiState(this.world).dialogs.push(this.shown('modeless', userInterface, title));
  }

  private shown(kind: ShownHtml['kind'], output: GoogleAppsScript.HTML.HtmlOutput, title: string | null): ShownHtml {
    const data = (output as unknown as HtmlOutput)?._data;
    if (!data) throw invalidArgument('userInterface');
    return {
      kind,
      title: title ?? data.title,
      content: data.content,
      width: data.width,
      height: data.height,
      user: this.world.execution.user,
    };
  }
}
