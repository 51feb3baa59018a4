/** The partner list view: search by name, acronym, type, region or owner; accents and case ignored. */
import type { PartnerSummary } from '../domain/partners/partner-summary';
import { clear, el } from './dom';
import { foldText, formatDateFr } from './format';

export function matches(p: PartnerSummary, query: string): boolean {
  const q = foldText(query);
  if (!q) return true;
  return foldText([p.name, p.acronym, p.type, p.category, p.region, p.owner, p.id].join(' ')).includes(q);
}

export function renderPartnerList(container: HTMLElement, partners: readonly PartnerSummary[], query: string): void {
  clear(container);
  const shown = partners.filter((p) => matches(p, query));
  container.appendChild(
    el('p', { className: 'count', attrs: { 'aria-live': 'polite' }, text: `${shown.length} partenaire${shown.length > 1 ? 's' : ''}${query ? ` sur ${partners.length}` : ''}` }),
  );
  if (shown.length === 0) {
    container.appendChild(el('p', { className: 'empty', text: partners.length ? 'Aucun partenaire ne correspond à la recherche.' : 'Aucun partenaire pour le moment.' }));
    return;
  }
  const list = el('ul', { className: 'partners', attrs: { 'data-testid': 'partner-list' } });
  for (const p of shown) {
    list.appendChild(
      el('li', { className: 'partner', attrs: { 'data-id': p.id } }, [
        el('div', { className: 'partner-head' }, [
          el('span', { className: 'partner-name', text: p.name }),
          p.acronym ? el('span', { className: 'partner-acronym', text: p.acronym }) : null,
        ]),
        el('div', { className: 'partner-meta', text: [p.type, p.category, p.region].filter(Boolean).join(' · ') }),
        p.stage ? el('span', { className: 'badge', text: p.stage }) : null,
        p.nextDue ? el('div', { className: 'partner-next', text: `${p.nextAction || 'Prochaine échéance'} — ${formatDateFr(p.nextDue)}` }) : null,
      ]),
    );
  }
  container.appendChild(list);
}
