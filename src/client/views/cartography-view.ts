/** Cartographie: partners by type × category and by power/interest quadrant; refreshes the sheet and its chart. */
import type { Cartography, Quadrant } from '../../domain/contracts';
import type { View } from './mount';
import { el } from '../dom';

const QUADRANTS: Quadrant[] = ['Gérer étroitement', 'Satisfaire', 'Informer', 'Surveiller'];

export async function mountCartography(view: View): Promise<void> {
  const refresh = el('button', { text: 'Mettre à jour la feuille Cartographie', attrs: { type: 'button', 'data-action': 'refresh-map' } });
  const body = el('div');
  view.container.append(view.heading('Cartographie'), refresh, body);
  const render = (c: Cartography) =>
    body.replaceChildren(
      quadrants(c),
      matrix(c),
      c.unclassified ? el('p', { className: 'muted', text: `${c.unclassified} partenaire(s) sans type ou catégorie.` }) : document.createTextNode(''),
    );
  refresh.addEventListener(
    'click',
    () =>
      void view.guard(async () => {
        render(await view.call('refreshCartographySheet'));
        view.notify('Feuille « Cartographie » mise à jour.');
      }),
  );
  render(await view.call('getCartography'));
}

function quadrants(c: Cartography): HTMLElement {
  return el(
    'div',
    { className: 'quadrants', attrs: { 'data-testid': 'quadrants' } },
    QUADRANTS.map((q) =>
      el('div', { className: 'quadrant', title: c.byQuadrant[q]?.partners.join(', ') ?? '' }, [
        el('strong', { text: String(c.byQuadrant[q]?.count ?? 0) }),
        el('span', { text: q }),
      ]),
    ),
  );
}

function matrix(c: Cartography): HTMLElement {
  const head = el('tr', {}, [el('th', { text: 'Type' }), ...c.categories.map((k) => el('th', { text: k.slice(0, 5) + '.', title: k }))]);
  const rows = c.types.map((t) =>
    el('tr', {}, [el('th', { text: t }), ...c.categories.map((k) => el('td', { text: String(c.byTypeCategory[t]?.[k]?.count || '') }))]),
  );
  return el('table', { className: 'matrix' }, [el('thead', {}, [head]), el('tbody', {}, rows)]);
}
