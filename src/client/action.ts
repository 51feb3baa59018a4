/**
 * One way for every write button to behave on a slow connection: disabled and marked busy while its
 * call runs (a second click sends nothing), a confirmation next to it once the server answered, and
 * an error next to it — or next to the first field in error, which receives focus. Apps Script takes
 * seconds to answer: without this, a user clicks again, or sees nothing and thinks nothing happened.
 */
import { el } from './dom';
import { StaleView } from './views/mount';
import { ServerError } from './server-api';
import { showServerErrors } from './record-form';

/** Dispatched (bubbling) when an action starts: the shell hides the previous action's banner. */
export const ACTION_START = 'pacte:action-start';

export interface ActionOptions<T> {
  /** The button's text while the call runs (« Enregistrement… »). */
  busy?: string;
  /** Asked before anything is sent (window.confirm); declining does nothing. */
  confirm?: string | (() => string);
  /** Shown next to the button once the call succeeded; nothing when the action navigates away. */
  done?: string | ((result: T) => string);
}

/** The status line that follows the button (made on first use): confirmations and errors land there. */
export function statusNextTo(button: HTMLElement): HTMLElement {
  const anchor = button.closest('.actions') ?? button;
  const next = anchor.nextElementSibling;
  if (next instanceof HTMLElement && next.classList.contains('action-status')) return next;
  const status = el('p', { className: 'action-status', attrs: { role: 'status', tabindex: '-1' } });
  anchor.after(status);
  return status;
}

/** Thrown by an action whose form has fields in error (marked aria-invalid within `scope`): nothing was sent. */
export class FieldsInError extends Error {
  constructor(
    readonly scope: Element,
    message = 'Corrigez les champs signalés en rouge : rien n’a été enregistré.',
  ) {
    super(message);
    this.name = 'FieldsInError';
  }
}

const FIX_FIELDS = 'Corrigez les champs signalés en rouge : rien n’a été enregistré.';

/**
 * Shows a failed action's error: a server refusal naming fields of the button's form has each
 * problem beside its field (focus on the first), and beside the button what no field shown takes.
 */
function showFailure(button: HTMLElement, e: unknown): void {
  if (e instanceof FieldsInError) return showActionError(button, e.message, e.scope);
  if (!(e instanceof ServerError) || !e.fields.length) return showActionError(button, e instanceof Error ? e.message : String(e));
  // The button's own form only: another form open in the view (a card's move beside the opportunity form) is not its.
  const scope = button.closest('form');
  const unplaced = scope ? showServerErrors(scope, e.fields) : e.fields;
  if (unplaced.length === e.fields.length) return showActionError(button, e.message);
  showActionError(button, [...unplaced.map((f) => f.message), FIX_FIELDS].join('\n'), scope);
}

/** Shows `message` as an error next to the first invalid field of `scope` (focused), else next to the button (focused). */
export function showActionError(button: HTMLElement, message: string, scope?: Element | null): void {
  const status = statusNextTo(button);
  status.textContent = message;
  status.classList.add('failed');
  status.setAttribute('role', 'alert');
  const invalid = scope?.querySelector<HTMLElement>('[aria-invalid="true"]');
  (invalid ?? status).focus();
}

/**
 * Runs `fn` for a click on `button`: nothing when the button is already busy or the user declines the
 * confirmation; else the button is disabled with its busy text until the answer, then the confirmation
 * or the error is shown beside it. A view left meanwhile shows nothing. Resolves to `fn`'s result, or
 * undefined when nothing was done or it failed.
 */
export async function runAction<T>(button: HTMLButtonElement | HTMLSelectElement, fn: () => Promise<T>, opts: ActionOptions<T> = {}): Promise<T | undefined> {
  if (button.getAttribute('aria-busy') === 'true') return undefined;
  const question = typeof opts.confirm === 'function' ? opts.confirm() : opts.confirm;
  if (question && !window.confirm(question)) return undefined;
  button.dispatchEvent(new CustomEvent(ACTION_START, { bubbles: true }));
  const label = button.textContent;
  const status = statusNextTo(button);
  status.textContent = '';
  status.classList.remove('failed', 'succeeded');
  status.setAttribute('role', 'status');
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  if (opts.busy) button.textContent = opts.busy;
  try {
    const result = await fn();
    const done = typeof opts.done === 'function' ? opts.done(result) : opts.done;
    if (done && status.isConnected) {
      status.textContent = done;
      status.classList.add('succeeded');
    }
    return result;
  } catch (e) {
    if (!(e instanceof StaleView) && button.isConnected) showFailure(button, e);
    return undefined;
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
    if (opts.busy) button.textContent = label;
  }
}

/** A form whose submission runs `fn` as `button`'s action: the browser's own submission never happens. */
export function submitWith<T>(form: HTMLFormElement, button: HTMLButtonElement, fn: () => Promise<T>, opts?: ActionOptions<T>): void {
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void runAction(button, fn, opts);
  });
}
