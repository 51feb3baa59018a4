/**
 * Choosing a partner by typing part of its name: the server searches (searchPartners, one page of
 * matches) rather than the sidebar loading every partner — at 50 000 partners that list weighs 17 MB.
 * The field shows the partner's name; the form submits its ID.
 */
import type { PartnerHit, PartnerPage } from '../domain/contracts';
import { el } from './dom';
import type { View } from './views/mount';

/** What the picker needs from its view: one page of partners matching the text. */
export type SearchPartners = (query: string) => Promise<PartnerPage | undefined>;

export interface PartnerPicker {
  element: HTMLElement;
  /** The field the user types in: errors are marked (aria-invalid) and focused there. */
  input: HTMLInputElement;
  /** The chosen partner's ID ('' when none). */
  value(): string;
  set(partner: { id: string; name: string } | null): void;
}

const PAGE = 8;
/** Waits for a pause in typing so that one search leaves per word, not per letter, on a slow connection. */
const TYPING_PAUSE_MS = 300;

export const partnerLabel = (p: { id: string; name: string; acronym?: string }): string => `${p.name}${p.acronym ? ` (${p.acronym})` : ''} — ${p.id}`;

export function partnerPicker(search: SearchPartners, opts: { id: string; label: string; onChange?: (id: string) => void }): PartnerPicker {
  const input = el('input', {
    attrs: {
      id: opts.id,
      type: 'search',
      name: 'partnerSearch',
      role: 'combobox',
      autocomplete: 'off',
      'aria-expanded': 'false',
      'aria-controls': `${opts.id}-list`,
      placeholder: 'Tapez une partie du nom…',
    },
  });
  const list = el('ul', { className: 'picker-list', attrs: { id: `${opts.id}-list`, role: 'listbox', 'aria-label': opts.label } });
  const note = el('div', { className: 'muted picker-note', attrs: { 'aria-live': 'polite' } });
  let chosen = '';
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const choose = (p: { id: string; name: string; acronym?: string } | null) => {
    const before = chosen;
    chosen = p?.id ?? '';
    input.value = p ? partnerLabel(p) : '';
    list.replaceChildren();
    note.textContent = '';
    input.setAttribute('aria-expanded', 'false');
    if (chosen !== before) opts.onChange?.(chosen);
  };
  const show = (page: PartnerPage) => {
    list.replaceChildren(
      ...page.items.map((p: PartnerHit) => {
        const option = el('li', { className: 'picker-option', text: partnerLabel(p), attrs: { role: 'option', 'data-id': p.id, tabindex: '-1' } });
        option.addEventListener('mousedown', (e) => e.preventDefault());
        option.addEventListener('click', () => choose(p));
        option.addEventListener('keydown', (e) => e.key === 'Enter' && (e.preventDefault(), choose(p)));
        return option;
      }),
    );
    input.setAttribute('aria-expanded', String(page.items.length > 0));
    note.textContent =
      page.total === 0 ? 'Aucun partenaire ne correspond.' : page.total > page.items.length ? `${page.items.length} sur ${page.total} : précisez le nom.` : '';
  };
  input.addEventListener('input', () => {
    if (chosen) {
      chosen = '';
      opts.onChange?.('');
    }
    clearTimeout(timer);
    const query = input.value.trim();
    if (!query) return choose(null);
    note.textContent = 'Recherche…';
    timer = setTimeout(() => {
      const mine = ++asked;
      void search(query).then((page) => mine === asked && page && show(page));
    }, TYPING_PAUSE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') list.querySelector<HTMLElement>('[role=option]')?.focus();
  });
  return {
    element: el('div', { className: 'partner-picker' }, [input, list, note]),
    input,
    value: () => chosen,
    set: choose,
  };
}

/** The view's search: one short page of matches, an error shown by the view's guard. */
export const searchThrough =
  (view: View): SearchPartners =>
  (query) =>
    view.guard(() => view.call('searchPartners', { query, offset: 0, limit: PAGE }));
