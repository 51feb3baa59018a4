/** Sidebar shell: one view at a time, shared messages, and a guard that shows server errors in French. */
import { clear } from './dom';

export type ViewName = 'partners' | 'pipeline' | 'conventions' | 'surveys' | 'week' | 'map' | 'import' | 'roles';

export interface App {
  show(view: ViewName, param?: string): void;
  notify(message: string): void;
  fail(error: unknown): void;
  clearMessages(): void;
  /** Runs an async action, showing its error if it fails; returns undefined then. */
  guard<T>(action: () => Promise<T>): Promise<T | undefined>;
}

type ViewMount = (container: HTMLElement, app: App, param?: string) => void | Promise<void>;

export function createApp(views: Record<ViewName, ViewMount>): App {
  const main = document.getElementById('view')!;
  const error = document.getElementById('error')!;
  const notice = document.getElementById('notice')!;
  const app: App = {
    show(view, param) {
      app.clearMessages();
      document.querySelectorAll<HTMLButtonElement>('.tabs [role=tab]').forEach((b) => b.setAttribute('aria-selected', String(b.dataset.view === view)));
      clear(main);
      main.dataset.view = view;
      void app.guard(async () => views[view](main, app, param));
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
    async guard(action) {
      try {
        return await action();
      } catch (e) {
        app.fail(e);
        return undefined;
      }
    },
  };
  const more = document.querySelector<HTMLButtonElement>('.tabs .more')!;
  const menu = document.querySelector<HTMLElement>('.tabs .more-menu')!;
  const closeMenu = () => {
    menu.hidden = true;
    more.setAttribute('aria-expanded', 'false');
  };
  more.addEventListener('click', () => {
    menu.hidden = !menu.hidden;
    more.setAttribute('aria-expanded', String(!menu.hidden));
  });
  document.querySelectorAll<HTMLButtonElement>('.tabs [role=tab]').forEach((b) =>
    b.addEventListener('click', () => {
      closeMenu();
      app.show(b.dataset.view as ViewName);
    }),
  );
  return app;
}
