/**
 * « Ressources »: what partners pledged and handed over, in FCFA, against the annual target
 * (a bar), by kind, partner type, axis and partner (the top ones; the rest counted); the register
 * one page at a time; « Ajouter » a contribution; « Mettre à jour depuis les conventions » (the feed,
 * safe twice).
 */
import type { ConventionSummary, ResourceAmount, ResourceItem, ResourcePage, ResourceTotals } from '../../domain/contracts';
import type { View } from './mount';
import { el } from '../dom';
import { runAction } from '../action';
import { formatDateFr, formatMoney } from '../format';
import { resourceForm } from './resource-form';

const PAGE = 50;
const MISSING_RATE = 'taux à saisir';

function amounts(title: string, rows: readonly ResourceAmount[]): HTMLElement {
  return el('div', { className: 'resource-split' }, [
    el('h4', { text: title }),
    el(
      'ul',
      { className: 'plain' },
      rows.map((r) => el('li', { text: `${r.key} : ${formatMoney(r.amountXof)}` })),
    ),
  ]);
}

function totalsSection(t: ResourceTotals): HTMLElement[] {
  const head = el('p', { className: 'resource-total', attrs: { 'data-testid': 'mobilised' }, text: `Mobilisé : ${formatMoney(t.mobilisedXof)}` });
  const out: HTMLElement[] = [head];
  if (t.target !== null) {
    const pct = t.targetPercent ?? 0;
    out.push(
      el('div', { className: 'bar', attrs: { role: 'img', 'aria-label': `${pct} % de l’objectif annuel` } }, [
        el('span', { attrs: { style: `width:${Math.min(pct, 100)}%` } }),
      ]),
      el('p', { attrs: { 'data-testid': 'target' }, text: `${pct} % de l’objectif annuel (${formatMoney(t.target)})` }),
    );
  }
  out.push(
    el('p', {
      className: 'muted',
      text: `Promis : ${formatMoney(t.promisedXof)} · reçu : ${formatMoney(t.receivedXof)} (une contribution compte une fois : le plus grand des deux)`,
    }),
  );
  if (t.missingRate)
    out.push(
      el('p', {
        className: 'warning',
        text: `${t.missingRate} ligne${t.missingRate > 1 ? 's' : ''} sans taux de change (${MISSING_RATE}) : non comptée${t.missingRate > 1 ? 's' : ''}.`,
      }),
    );
  const partners = t.byPartner.map((p) => ({ key: p.name, amountXof: p.amountXof }));
  if (t.otherPartners.count)
    partners.push({
      key: `${t.otherPartners.count} autre${t.otherPartners.count > 1 ? 's' : ''} partenaire${t.otherPartners.count > 1 ? 's' : ''}`,
      amountXof: t.otherPartners.amountXof,
    });
  out.push(
    el('div', { className: 'filters wrap' }, [
      amounts('Par nature', t.byKind),
      amounts('Par type de partenaire', t.byPartnerType),
      amounts('Par axe', t.byAxis),
      amounts('Par partenaire', partners),
    ]),
  );
  return out;
}

function resourceLine(r: ResourceItem): HTMLElement {
  const value = r.amountXof === null ? MISSING_RATE : formatMoney(r.amountXof);
  const original = r.currency !== 'XOF' && r.amount !== null ? ` (${formatMoney(r.amount, r.currency)})` : '';
  return el('li', { className: 'card', attrs: { 'data-id': r.id } }, [
    el('div', { className: 'title', text: `${r.partnerName || r.partnerId} — ${value}${original}` }),
    el('div', {
      className: 'muted',
      text: `${formatDateFr(r.date)} · ${r.kind === 'En nature' ? `en nature${r.inKindCategory ? ` (${r.inKindCategory})` : ''}` : 'numéraire'} · ${r.status}${r.conventionId ? ` · ${r.conventionId}` : ''}${r.axis ? ` · ${r.axis}` : ''}`,
    }),
    ...(r.label ? [el('div', { text: r.label })] : []),
  ]);
}

export async function mountResources(view: View): Promise<void> {
  // '' until the first answer (the server's current year), 'all' for every year.
  let year = '';
  let conventions: Promise<ConventionSummary[]> | null = null;
  let last: ResourcePage | null = null;
  const add = el('button', { text: 'Ajouter', attrs: { type: 'button', 'data-action': 'add-resource', 'data-endpoint': 'addResource' } });
  const sync = el('button', {
    className: 'secondary',
    text: 'Mettre à jour depuis les conventions',
    attrs: { type: 'button', 'data-action': 'sync-resources', 'data-endpoint': 'syncResources' },
  });
  const yearSelect = el('select', { attrs: { 'aria-label': 'Année', 'data-filter': 'year' } });
  /** The year the server listed first (the current one in the spreadsheet's zone) and the three before. */
  const fillYears = (current: number) => {
    yearSelect.replaceChildren(
      ...[0, 1, 2, 3].map((n) => String(current - n)).map((y) => el('option', { text: y, attrs: { value: y } })),
      el('option', { text: 'Toutes les années', attrs: { value: 'all' } }),
    );
    yearSelect.value = year = String(current);
  };
  const formSlot = el('div');
  const totals = el('section', { attrs: { 'data-testid': 'resource-totals', 'aria-label': 'Ressources mobilisées' } });
  const count = el('p', { className: 'count', attrs: { 'aria-live': 'polite' } });
  const list = el('ul', { className: 'plain', attrs: { 'data-testid': 'resources' } });
  const more = el('button', { text: 'Afficher plus', attrs: { type: 'button', 'data-action': 'more-resources' } });
  more.hidden = true;
  view.container.append(view.heading('Ressources'), el('div', { className: 'toolbar wrap' }, [add, sync, yearSelect]), formSlot, totals, count, list, more);

  const query = (offset: number) => ({ year: year && year !== 'all' ? Number(year) : undefined, allYears: year === 'all', offset, limit: PAGE });
  let loads = 0;
  const show = (page: ResourcePage, append: boolean) => {
    last = page;
    if (!append) {
      list.replaceChildren();
      totals.replaceChildren(...totalsSection(page.totals));
    }
    list.append(...page.items.map(resourceLine));
    const shown = list.childElementCount;
    count.textContent = !page.total
      ? 'Aucune ressource pour ce filtre.'
      : shown < page.total
        ? `${shown} affichées sur ${page.total}`
        : `${page.total} ressource${page.total > 1 ? 's' : ''}`;
    more.hidden = shown >= page.total;
  };
  const reload = () =>
    view.guard(async () => {
      const mine = ++loads;
      const page = await view.call('listResources', query(0));
      if (mine === loads) show(page, false);
    });
  yearSelect.addEventListener('change', () => {
    year = yearSelect.value;
    void reload();
  });
  more.addEventListener(
    'click',
    () =>
      void view.guard(async () => {
        more.disabled = true;
        show(await view.call('listResources', query(list.childElementCount)).finally(() => (more.disabled = false)), true);
      }),
  );
  add.addEventListener('click', () => {
    if (formSlot.firstChild) return formSlot.replaceChildren();
    void view.guard(async () => {
      const page = last ?? (await view.call('listResources', query(0)));
      formSlot.replaceChildren(
        resourceForm(view, await (conventions ??= view.call('listConventions')), page.valuation, page.today, (item) => {
          formSlot.replaceChildren();
          view.notify(`Ressource ${item.id} ajoutée : ${item.amountXof === null ? MISSING_RATE : formatMoney(item.amountXof)}.`);
          void reload();
        }),
      );
    });
  });
  sync.addEventListener('click', () => {
    void runAction(sync, () => view.call('syncResources'), {
      busy: 'Mise à jour…',
      done: (r) =>
        `${r.added} ajoutée${r.added > 1 ? 's' : ''}, ${r.updated} mise${r.updated > 1 ? 's' : ''} à jour, ${r.archived} archivée${r.archived > 1 ? 's' : ''}.`,
    }).then((r) => r && reload());
  });

  const first = await view.call('listResources', query(0));
  fillYears(first.year ?? Number(first.today.slice(0, 4)));
  show(first, false);
}
