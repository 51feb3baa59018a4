/**
 * The top navigation as WAI-ARIA tabs (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/), with manual
 * activation: arrows, Home and End move focus between tabs, Enter, Space or a click opens the view.
 * The APG recommends it "unless panels can be displayed instantly" (tabs-manual example), and each
 * view here waits for the server; automatic activation would also fight the focus that moves to the
 * new view's heading.
 *
 * The last tabs sit in the « ⋯ » overflow: they stay in the arrow-key order (focusing one opens the
 * overflow so it is seen, focusing a main tab closes it). Roving tabindex: the Tab stop is the
 * selected tab, or the first tab while the selected one is hidden in the closed overflow. A tab the
 * user's role may not use is hidden (session.ts): the arrows skip it.
 */
import { PANEL_ID } from './views/mount';

export interface Tabs {
  /** Marks the view's tab selected; returns its id (the panel's label), or null for an unknown view. */
  select(view: string): string | null;
}

export function setupTabs(nav: HTMLElement, activate: (view: string) => void): Tabs {
  const tabs = [...nav.querySelectorAll<HTMLButtonElement>('[role=tab]')];
  const more = nav.querySelector<HTMLButtonElement>('.more')!;
  const menu = nav.querySelector<HTMLElement>('.more-menu')!;
  const inMenu = (tab: HTMLElement) => menu.contains(tab);
  const shown = () => tabs.filter((t) => !t.hidden);

  const updateTabStop = () => {
    const selected = tabs.find((t) => t.getAttribute('aria-selected') === 'true');
    const stop = selected && !(inMenu(selected) && menu.hidden) ? selected : shown()[0];
    for (const t of tabs) t.tabIndex = t === stop ? 0 : -1;
  };
  const setMenu = (open: boolean) => {
    menu.hidden = !open;
    more.setAttribute('aria-expanded', String(open));
    updateTabStop();
  };
  const focusTab = (tab: HTMLButtonElement) => {
    setMenu(inMenu(tab));
    tab.focus();
  };

  more.addEventListener('click', () => setMenu(menu.hidden));
  for (const tab of tabs) {
    tab.addEventListener('click', () => {
      setMenu(false);
      activate(tab.dataset.view!);
    });
    tab.addEventListener('keydown', (e) => {
      const order = shown();
      const i = order.indexOf(tab);
      const target = {
        ArrowRight: order[(i + 1) % order.length],
        ArrowLeft: order[(i - 1 + order.length) % order.length],
        Home: order[0],
        End: order[order.length - 1],
      }[e.key];
      if (target) {
        e.preventDefault();
        focusTab(target);
      } else if (e.key === 'Escape' && inMenu(tab)) {
        setMenu(false);
        more.focus();
      }
    });
  }

  return {
    select(view) {
      let id: string | null = null;
      for (const t of tabs) {
        const selected = t.dataset.view === view;
        t.setAttribute('aria-selected', String(selected));
        if (selected) {
          t.setAttribute('aria-controls', PANEL_ID);
          id = t.id;
        } else t.removeAttribute('aria-controls');
      }
      updateTabStop();
      return id;
    },
  };
}
