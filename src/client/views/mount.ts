/**
 * One navigation = one view mount: its own fresh container and a generation number. A view talks to
 * the server and shows errors only through its `View`, so a response that arrives after the user
 * navigated away is dropped in one place: no DOM write, no error message for a view nobody looks at.
 */
import type { App } from '../app';
import { callServer } from '../server-api';
import { el } from '../dom';
import { headingWithHelp, isHelpView } from '../view-help';

/** The id of the one displayed tab panel (each navigation replaces the element, the id stays). */
export const PANEL_ID = 'view-panel';

/** What a view sees: the shell (show, notify…) plus its own container, server calls and error guard. */
export interface View extends App {
  /** This navigation's own element: detached as soon as the user navigates elsewhere. */
  readonly container: HTMLElement;
  /** False once another navigation started. */
  isCurrent(): boolean;
  /** callServer for this view: the promise rejects with StaleView if the view stopped being current meanwhile. */
  readonly call: typeof callServer;
  /** Runs an async action; its error is shown only while the view is current, a StaleView never. */
  guard<T>(action: () => Promise<T>): Promise<T | undefined>;
  /**
   * The view's h2, which receives focus after navigation (tabindex=-1: focusable by script, not a Tab
   * stop), with the view's « ? » help beside it.
   */
  heading(text: string, className?: string): Node;
  /** Settles once the view's first server call answered (at once when it made none). */
  firstAnswer(): Promise<unknown>;
}

export type ViewMount = (view: View, param?: string) => void | Promise<void>;

/** Thrown into a stale view's pending `await`: ends its work silently. */
export class StaleView extends Error {
  constructor() {
    super('Vue quittée avant la réponse du serveur.');
    this.name = 'StaleView';
  }
}

export function openView(host: HTMLElement, app: App, generation: () => number, tabId: string | null, name: string): View {
  const mine = generation();
  const isCurrent = () => generation() === mine;
  const container = el('div', { attrs: { id: PANEL_ID, role: 'tabpanel', ...(tabId ? { 'aria-labelledby': tabId } : {}) } });
  host.replaceChildren(container);
  let first: Promise<unknown> | null = null;
  const call = ((name, ...args) => {
    const answer = callServer(name, ...args).then(
      (value) => {
        if (!isCurrent()) throw new StaleView();
        return value;
      },
      (error: unknown) => {
        throw isCurrent() ? error : new StaleView();
      },
    );
    first ??= answer.catch(() => undefined);
    return answer;
  }) as typeof callServer;
  return {
    ...app,
    container,
    isCurrent,
    call,
    async guard(action) {
      try {
        return await action();
      } catch (e) {
        if (isCurrent() && !(e instanceof StaleView)) app.fail(e);
        return undefined;
      }
    },
    heading(text, className) {
      const h2 = el('h2', { text, className, attrs: { tabindex: '-1', 'data-view-heading': '' } });
      return isHelpView(name) ? headingWithHelp(h2, name) : h2;
    },
    firstAnswer: () => first ?? Promise.resolve(),
  };
}

/**
 * « Chargement… » under the view until it is drawn and its first call answered: Apps Script takes
 * seconds, and a blank panel reads as broken. Kept beside the view's container (a view that redraws
 * its container does not remove it); the next navigation replaces both.
 */
export function showLoadingUntil(view: View, mounted: Promise<unknown>): void {
  // A view that shows its own loading line keeps it alone.
  if (view.container.querySelector('.loading')) return;
  const loading = el('p', { className: 'loading', text: 'Chargement…', attrs: { role: 'status', 'data-testid': 'loading' } });
  view.container.setAttribute('aria-busy', 'true');
  view.container.after(loading);
  void mounted
    .then(() => view.firstAnswer())
    .finally(() => {
      loading.remove();
      view.container.removeAttribute('aria-busy');
    });
}

/**
 * Moves focus to the view's heading once it is on screen: right away when the view draws it before
 * loading, else when loading ends, unless the user already moved focus into the view meanwhile.
 */
export function focusHeadingWhenShown(view: View, loaded: Promise<unknown>): void {
  const tryFocus = () => {
    const heading = view.container.querySelector<HTMLElement>('[data-view-heading]');
    if (!heading) return false;
    heading.focus();
    return true;
  };
  if (tryFocus()) return;
  void loaded.then(() => {
    if (view.isCurrent() && !view.container.contains(document.activeElement)) tryFocus();
  });
}
