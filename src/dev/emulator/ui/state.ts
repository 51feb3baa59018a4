/** What the user saw in the container's Ui (menus, sidebars, dialogs, alerts) and the answers tests script for them. */
import type { World } from '../core/world';

export type MenuEntry =
  { kind: 'item'; caption: string; functionName: string } | { kind: 'separator' } | { kind: 'submenu'; caption: string; items: MenuEntry[] };

export interface ShownMenu {
  caption: string;
  /** createAddonMenu(): shown under Extensions, captioned with the add-on's name. */
  addon: boolean;
  items: MenuEntry[];
}

export interface ShownHtml {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  content: string;
  width: number | null;
  height: number | null;
  user: string;
}

export interface ShownAlert {
  title: string;
  prompt: string;
  buttons: string;
  answer: string;
}

export interface ShownPrompt extends ShownAlert {
  responseText: string;
}

export interface ShownToast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export class UiState {
  constructor(public addOnName: string) {}
  menus: ShownMenu[] = [];
  sidebars: ShownHtml[] = [];
  dialogs: ShownHtml[] = [];
  alerts: ShownAlert[] = [];
  prompts: ShownPrompt[] = [];
  toasts: ShownToast[] = [];
  readonly alertAnswers: string[] = [];
  readonly promptAnswers: { text: string; button: string }[] = [];
}

export function uiState(world: World): UiState {
  return world.state('ui', () => new UiState(world.addOnName));
}
