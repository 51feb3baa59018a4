/**
 * Sidebar shell: one view at a time, shared messages, and the navigation. Each navigation mounts its
 * view in a fresh container with the next generation number (views/mount.ts), so a slow response for
 * a view the user left is dropped, and moves focus to the new view's heading.
 */
import { setupTabs } from './tabs';
import { ACTION_START } from './action';
import { focusHeadingWhenShown, openView, showLoadingUntil, type ViewMount } from './views/mount';

export type ViewName = 'partners' | 'pipeline' | 'conventions' | 'surveys' | 'week' | 'map' | 'import' | 'roles';

export interface App {
  show(view: ViewName, param?: string): void;
  notify(message: string): void;
  fail(error: unknown): void;
  clearMessages(): void;
}

export function createApp(views: Record<ViewName, ViewMount>): App {
  const host = document.getElementById('view')!;
  const error = document.getElementById('error')!;
  const notice = document.getElementById('notice')!;
  let generation = 0;
  const app: App = {
    show(name, param) {
      generation += 1;
      app.clearMessages();
      const view = openView(host, app, () => generation, tabs.select(name));
      host.dataset.view = name;
      const loaded = view.guard(async () => views[name](view, param));
      showLoadingUntil(view, loaded);
      // Opening the sidebar is not a navigation: focus stays where the user is (the sheet).
      if (generation > 1) focusHeadingWhenShown(view, loaded);
    },
    notify(message) {
      notice.textContent = message;
      notice.hidden = false;
      error.hidden = true;
    },
    fail(e) {
      error.textContent = e instanceof Error ? e.message : String(e);
      error.hidden = false;
      notice.hidden = true;
    },
    clearMessages() {
      error.hidden = true;
      notice.hidden = true;
    },
  };
  // A confirmation or error left by the previous action would read as this one's answer.
  host.addEventListener(ACTION_START, () => app.clearMessages());
  const tabs = setupTabs(document.querySelector<HTMLElement>('.tabs')!, (name) => app.show(name as ViewName));
  return app;
}
