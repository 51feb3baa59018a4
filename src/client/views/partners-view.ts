/** Partners: search across partners and their contacts (accents and case ignored), open a partner, create one. */
import type { ContactSummary, PartnerSummary } from '../../domain/contracts';
import type { View } from './mount';
import { clear, el } from '../dom';
import { foldText, formatDateFr } from '../format';

export function matches(p: PartnerSummary, contacts: readonly ContactSummary[], query: string): boolean {
  const q = foldText(query);
  if (!q) return true;
  const own = [p.name, p.acronym, p.type, p.category, p.region, p.owner, p.id].join(' ');
  const people = contacts.map((c) => `${c.name} ${c.email} ${c.role}`).join(' ');
  return foldText(`${own} ${people}`).includes(q);
}

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
  const create = el('button', { className: 'primary', text: 'Nouveau partenaire', attrs: { type: 'button', 'data-action': 'new-partner' } });
  create.addEventListener('click', () => view.show('partners', 'new'));
  const list = el('div', { attrs: { id: 'partners' } });
  view.container.append(
    view.heading('Partenaires'),
    el('div', { className: 'toolbar' }, [search, create]),
    el('div', { className: 'loading', text: 'Chargement…' }),
    list,
  );

  const [partners, contacts] = await Promise.all([view.call('listPartners'), view.call('listContacts')]);
  view.container.querySelector('.loading')?.remove();
  const byPartner = new Map<string, ContactSummary[]>();
  for (const c of contacts) byPartner.set(c.partnerId, [...(byPartner.get(c.partnerId) ?? []), c]);
  const render = () => renderPartnerList(list, partners, byPartner, search.value, (id) => view.show('partners', id));
  search.addEventListener('input', render);
  render();
}

function renderPartnerList(
  container: HTMLElement,
  partners: readonly PartnerSummary[],
  contacts: Map<string, ContactSummary[]>,
  query: string,
  open: (id: string) => void,
): void {
  clear(container);
  const shown = partners.filter((p) => matches(p, contacts.get(p.id) ?? [], query));
  container.appendChild(
    el('p', {
      className: 'count',
      attrs: { 'aria-live': 'polite' },
      text: `${shown.length} partenaire${shown.length > 1 ? 's' : ''}${query ? ` sur ${partners.length}` : ''}`,
    }),
  );
  if (shown.length === 0) {
    container.appendChild(
      el('p', { className: 'empty', text: partners.length ? 'Aucun partenaire ne correspond à la recherche.' : 'Aucun partenaire pour le moment.' }),
    );
    return;
  }
  const list = el('ul', { className: 'partners', attrs: { 'data-testid': 'partner-list' } });
  for (const p of shown) {
    const item = el('li', { className: 'partner', attrs: { 'data-id': p.id, tabindex: '0', role: 'button' } }, [
      el('div', { className: 'partner-head' }, [
        el('span', { className: 'partner-name', text: p.name }),
        p.acronym ? el('span', { className: 'partner-acronym', text: p.acronym }) : null,
        p.priority !== null
          ? el('span', { className: `priority ${band(p.priority)}`, text: String(Math.round(p.priority)), title: 'Score de priorité' })
          : null,
      ]),
      el('div', { className: 'partner-meta', text: [p.type, p.category, p.region].filter(Boolean).join(' · ') }),
      p.stage ? el('span', { className: 'badge', text: p.stage }) : null,
      p.quadrant ? el('span', { className: 'badge quiet', text: p.quadrant }) : null,
      p.nextDue ? el('div', { className: 'partner-next', text: `${p.nextAction || 'Prochaine échéance'} — ${formatDateFr(p.nextDue)}` }) : null,
    ]);
    item.addEventListener('click', () => open(p.id));
    item.addEventListener('keydown', (e) => e.key === 'Enter' && open(p.id));
    list.appendChild(item);
  }
  container.appendChild(list);
}

function band(priority: number): string {
  return priority >= 70 ? 'high' : priority >= 40 ? 'mid' : 'low';
}
