/** Cartographie: partners by type × category and by power/interest quadrant; refreshes the sheet and its chart. */
import type { Cartography, Quadrant } from '../../domain/contracts';
import type { View } from './mount';
import { el } from '../dom';
import { diagnosticAction } from './report-links';

const QUADRANTS: Quadrant[] = ['Gérer étroitement', 'Satisfaire', 'Informer', 'Surveiller'];

export async function mountCartography(view: View): Promise<void> {
  const refresh = el('button', {
    text: 'Mettre à jour la feuille Cartographie',
    attrs: { type: 'button', 'data-action': 'refresh-map', 'data-endpoint': 'refreshCartographySheet' },
  });
  const body = el('div');
  view.container.append(view.heading('Cartographie'), refresh, diagnosticAction(view), body);
  const render = (c: Cartography) =>
    body.replaceChildren(
      quadrants(c),
      matrix(c),
      relays(c),
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

/**
 * Partners by type, then by category within it: a list rather than a type × category table, so that
 * at the sidebar's 300 px every name is shown whole and wraps between words.
 */
function matrix(c: Cartography): HTMLElement {
  const rows = c.types.map((t) => {
    const cells = c.categories.filter((k) => c.byTypeCategory[t]?.[k]?.count);
    return el('li', {}, [
      el('strong', { text: t }),
      el(
        'ul',
        { className: 'by-category' },
        cells.map((k) =>
          el('li', { title: c.byTypeCategory[t][k].partners.join(', ') }, [el('span', { text: k }), el('b', { text: String(c.byTypeCategory[t][k].count) })]),
        ),
      ),
    ]);
  });
  return el('ul', { className: 'matrix', attrs: { 'aria-label': 'Partenaires par type et par catégorie' } }, rows);
}

/** Who opened which door: « Relais → partenaires introduits ». */
function relays(c: Cartography): HTMLElement {
  if (!c.relays.length) return el('div');
  return el('section', { attrs: { 'data-testid': 'relays' } }, [
    el('h3', { text: 'Relais : qui a ouvert quelles portes' }),
    el(
      'ul',
      { className: 'relays' },
      c.relays.map((r) => el('li', {}, [el('strong', { text: r.relay }), el('span', { text: ` → ${r.partners.join(', ')}` })])),
    ),
  ]);
}
