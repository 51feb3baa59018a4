/**
 * Partners: one page at a time, searched on the server (partners and their contacts, accents and
 * case ignored), « Afficher plus » for the next page; open a partner, create one.
 */
import type { PartnerHit, PartnerPage } from '../../domain/contracts';
import type { View } from './mount';
import { clear, el } from '../dom';
import { formatDateFr } from '../format';

/** Wait this long after the last keystroke before asking the server: one call per pause, not per key. */
const SEARCH_DEBOUNCE_MS = 300;

export async function mountPartners(view: View): Promise<void> {
  const search = el('input', {
    attrs: {
      id: 'search',
      type: 'search',
      placeholder: 'Rechercher partenaire ou contact…',
      autocomplete: 'off',
      'aria-label': 'Rechercher un partenaire ou un contact',
    },
  });
  const create = el('button', {
    className: 'primary',
    text: 'Nouveau partenaire',
    attrs: { type: 'button', 'data-action': 'new-partner', 'data-endpoint': 'savePartner' },
  });
  create.addEventListener('click', () => view.show('partners', 'new'));
  const archives = el('button', { className: 'link', text: 'Archives', attrs: { type: 'button', 'data-action': 'archives' } });
  archives.addEventListener('click', () => view.show('partners', 'archives'));
  const count = el('p', { className: 'count', attrs: { 'aria-live': 'polite' } });
  const list = el('ul', { className: 'partners', attrs: { 'data-testid': 'partner-list' } });
  const more = el('button', { text: 'Afficher plus', attrs: { type: 'button', 'data-action': 'more-partners', hidden: '' } });
  const empty = el('p', { className: 'empty', attrs: { hidden: '' } });
  const loading = el('div', { className: 'loading', text: 'Chargement…' });
  view.container.append(
    view.heading('Partenaires'),
    el('div', { className: 'toolbar' }, [search, create]),
    loading,
    el('div', { attrs: { id: 'partners' } }, [el('div', { className: 'count-row' }, [count, archives]), empty, list, more]),
  );

  const open = (id: string) => view.show('partners', id);
  let query = '';
  let shown = 0;
  // Only the answer to the latest search is drawn: an older one arriving late is dropped.
  let asked = 0;
  const load = async (append: boolean) => {
    const ticket = ++asked;
    loading.hidden = false;
    const page = await view.call('searchPartners', { query, offset: append ? shown : 0 });
    if (ticket !== asked) return;
    loading.hidden = true;
    if (!append) {
      clear(list);
      shown = 0;
    }
    for (const p of page.items) list.appendChild(partnerItem(p, open));
    shown += page.items.length;
    showCount(count, empty, page, shown, query);
    more.hidden = shown >= page.total;
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      query = search.value.trim();
      void view.guard(() => load(false));
    }, SEARCH_DEBOUNCE_MS);
  });
  more.addEventListener('click', () => void view.guard(() => load(true)));
  await load(false);
}

function showCount(count: HTMLElement, empty: HTMLElement, page: PartnerPage, shown: number, query: string): void {
  const plural = page.total > 1 ? 's' : '';
  const of = query ? ` sur ${page.all}` : '';
  count.textContent = shown < page.total ? `${shown} affichés sur ${page.total} partenaire${plural}${of}` : `${page.total} partenaire${plural}${of}`;
  empty.hidden = page.total > 0;
  empty.textContent = page.all ? 'Aucun partenaire ne correspond à la recherche.' : 'Aucun partenaire pour le moment.';
}

function partnerItem(p: PartnerHit, open: (id: string) => void): HTMLElement {
  const item = el('li', { className: 'partner', attrs: { 'data-id': p.id, tabindex: '0', role: 'button' } }, [
    el('div', { className: 'partner-head' }, [
      el('span', { className: 'partner-name', text: p.name }),
      p.acronym ? el('span', { className: 'partner-acronym', text: p.acronym }) : null,
      p.priority !== null ? el('span', { className: `priority ${band(p.priority)}`, text: String(Math.round(p.priority)), title: 'Score de priorité' }) : null,
    ]),
    el('div', { className: 'partner-meta', text: [p.type, p.category, p.region].filter(Boolean).join(' · ') }),
    p.matchedContacts.length ? el('div', { className: 'partner-contacts muted', text: `Contact : ${p.matchedContacts.join(', ')}` }) : null,
    p.stage ? el('span', { className: 'badge', text: p.stage }) : null,
    p.quadrant ? el('span', { className: 'badge quiet', text: p.quadrant }) : null,
    p.nextDue ? el('div', { className: 'partner-next', text: `${p.nextAction || 'Prochaine échéance'} — ${formatDateFr(p.nextDue)}` }) : null,
  ]);
  item.addEventListener('click', () => open(p.id));
  item.addEventListener('keydown', (e) => e.key === 'Enter' && open(p.id));
  return item;
}

function band(priority: number): string {
  return priority >= 70 ? 'high' : priority >= 40 ? 'mid' : 'low';
}
