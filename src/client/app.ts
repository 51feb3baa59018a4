/**
 * Sidebar shell: one view at a time, shared messages, and the navigation. Each navigation mounts its
 * view in a fresh container with the next generation number (views/mount.ts), so a slow response for
 * a view the user left is dropped, and moves focus to the new view's heading.
 *
 * The user's role (getSession) is asked while the first view loads: until it answers, every control
 * naming an endpoint stays hidden (`role-pending`), then those the role may not call are removed from
 * sight for good (session.ts), with the tabs of views it may not use. A user with no role sees why in
 * place of the views.
 */
import { setupTabs } from './tabs';
import { el } from './dom';
import { ACTION_START, runAction } from './action';
import { callServer } from './server-api';
import { focusHeadingWhenShown, openView, showLoadingUntil, type ViewMount } from './views/mount';
import { limitToRole } from './session';
import type { Session } from '../domain/contracts';

export type ViewName =
  | 'partners'
  | 'pipeline'
  | 'conventions'
  | 'surveys'
  | 'commitments'
  | 'resources'
  | 'week'
  | 'watch'
  | 'map'
  | 'kpis'
  | 'import'
  | 'roles'
  | 'evaluation'
  | 'events'
  | 'dossier'
  | 'readiness'
  | 'report'
  | 'reports';

export interface App {
  /** Who the user is for Pacte; rejects for a user with no role. */
  readonly session: Promise<Session>;
  show(view: ViewName, param?: string): void;
  notify(message: string): void;
  fail(error: unknown): void;
  clearMessages(): void;
}

export function createApp(views: Record<ViewName, ViewMount>, session: Promise<Session>): App {
  const host = document.getElementById('view')!;
  const error = document.getElementById('error')!;
  const notice = document.getElementById('notice')!;
  let generation = 0;
  let shown: [ViewName, string | undefined] = ['partners', undefined];
  const app: App = {
    session,
    show(name, param) {
      generation += 1;
      shown = [name, param];
      app.clearMessages();
      const view = openView(host, app, () => generation, tabs.select(name), name);
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
  const nav = document.querySelector<HTMLElement>('.tabs')!;
  const tabs = setupTabs(nav, (name) => app.show(name as ViewName));
  session.then(
    (user) => {
      limitToRole(document.body, user);
      document.body.classList.remove('role-pending');
      // Opened on a view this role may not use (the import menu item): the partners list instead.
      if (nav.querySelector<HTMLElement>(`[role=tab][data-view="${host.dataset.view}"]`)?.hidden) app.show('partners');
    },
    (e: unknown) => {
      // The view's own calls, refused too, end silently: the reason shows once, in place of the views.
      generation += 1;
      app.clearMessages();
      nav.hidden = true;
      host.replaceChildren(
        el('p', { className: 'error', text: e instanceof Error ? e.message : String(e), attrs: { role: 'alert', 'data-testid': 'no-role' } }),
      );
    },
  );
  // The view shown is drawn again after an undo: what it shows may be what was undone.
  const undo = document.getElementById('undo-last') as HTMLButtonElement;
  undo.addEventListener('click', () => {
    void runAction(undo, () => callServer('undoLastChange'), {
      busy: 'Annulation…',
      confirm: 'Annuler votre dernière modification ? Les champs reprennent leur valeur d’avant.',
      done: 'Votre dernière modification est annulée.',
    }).then((result) => result && app.show(...shown));
  });
  return app;
}
