/**
 * « À valider par moi »: the conventions whose awaited step is the user's own role (an approver's
 * to-do), marked in the list, and a toggle that shows only them.
 */
import { el } from '../dom';

/** Marks `item` as awaiting the user's decision. */
export function markAwaitingMe(item: HTMLElement): void {
  item.dataset.awaitingMe = '';
  item.append(el('span', { className: 'badge awaiting-me', text: 'À valider par moi' }));
}

/** The toggle over `list`'s marked items; null when none awaits the user. */
export function awaitingMeToggle(list: HTMLElement): HTMLElement | null {
  const count = list.querySelectorAll('[data-awaiting-me]').length;
  if (!count) return null;
  const toggle = el('button', { text: `À valider par moi (${count})`, attrs: { type: 'button', 'aria-pressed': 'false', 'data-action': 'awaiting-me' } });
  toggle.addEventListener('click', () => {
    const only = toggle.getAttribute('aria-pressed') !== 'true';
    toggle.setAttribute('aria-pressed', String(only));
    for (const item of list.children) (item as HTMLElement).hidden = only && !(item as HTMLElement).hasAttribute('data-awaiting-me');
  });
  return toggle;
}
