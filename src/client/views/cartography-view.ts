/** Cartographie: partners by type × category and by power/interest quadrant; refreshes the sheet and its chart. */
import type { Cartography, Quadrant } from '../../domain/contracts';
import type { App } from '../app';
import { callServer } from '../server-api';
import { el } from '../dom';

const QUADRANTS: Quadrant[] = ['Gérer étroitement', 'Satisfaire', 'Informer', 'Surveiller'];

export async function mountCartography(container: HTMLElement, app: App): Promise<void> {
  const refresh = el('button', { text: 'Mettre à jour la feuille Cartographie', attrs: { type: 'button', 'data-action': 'refresh-map' } });
  const body = el('div');
  container.append(el('h2', { text: 'Cartographie' }), refresh, body);
  const render = (c: Cartography) =>
    body.replaceChildren(
      quadrants(c),
      matrix(c),
      c.unclassified ? el('p', { className: 'muted', text: `${c.unclassified} partenaire(s) sans type ou catégorie.` }) : document.createTextNode(''),
    );
  refresh.addEventListener(
    'click',
    () =>
      void app.guard(async () => {
        render(await callServer('refreshCartographySheet'));
        app.notify('Feuille « Cartographie » mise à jour.');
      }),
  );
  render(await callServer('getCartography'));
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
