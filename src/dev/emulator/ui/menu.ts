/** Menu: built with createMenu / createAddonMenu, recorded in the Ui state when added to the Ui. */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import { invalidArgument } from '../core/errors';
import type { World } from '../core/world';
import { type MenuEntry, uiState } from './state';

export class Menu extends Emulated implements ApiSubset<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  readonly _items: MenuEntry[] = [];

  constructor(
    private readonly world: World,
    readonly _caption: string,
    readonly _addon: boolean,
  ) {
    super('Menu', world.log);
  }

  addItem(caption: string, functionName: string): Menu {
    if (typeof functionName !== 'string' || !functionName) throw invalidArgument('functionName');
    this._items.push({ kind: 'item', caption: String(caption), functionName });
    return this;
  }

  addSeparator(): Menu {
    this._items.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: GoogleAppsScript.Base.Menu): Menu {
    const sub = menu as unknown as Menu;
    if (!(sub instanceof Menu)) throw invalidArgument('menu');
    this._items.push({ kind: 'submenu', caption: sub._caption, items: copy(sub._items) });
    return this;
  }

  /** Shows the menu as it is now; adding a menu with the same caption again replaces it. */
  addToUi(): void {
    const st = uiState(this.world);
    const caption = this._addon ? st.addOnName : this._caption;
    const shown = { caption, addon: this._addon, items: copy(this._items) };
    const i = st.menus.findIndex((m) => m.caption === caption && m.addon === this._addon);
    if (i >= 0) st.menus[i] = shown;
    else st.menus.push(shown);
  }
}

function copy(items: MenuEntry[]): MenuEntry[] {
  return items.map((e) => (e.kind === 'submenu' ? { ...e, items: copy(e.items) } : { ...e }));
}
