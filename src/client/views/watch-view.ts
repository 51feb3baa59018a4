/** « Veille »: calls by deadline, one page at a time, each with its fit explained and its decision; add one, or paste a list. */
import { WATCH_KINDS, type WatchCallView, type WatchImportReport } from '../../domain/contracts';
import type { View } from './mount';
import { el } from '../dom';
import { select } from '../form-controls';
import { formatDateFr } from '../format';
import { runAction, submitWith } from '../action';
import { allows } from '../session';

const deadlineText = (c: WatchCallView): string =>
  c.deadline
    ? `${formatDateFr(c.deadline)}${c.daysLeft !== null && c.daysLeft < 0 ? ' · passée' : c.daysLeft !== null ? ` · J-${c.daysLeft}` : ''}`
    : 'Sans date limite';

const reportText = (r: WatchImportReport): string =>
  [
    `${r.added} appel${r.added > 1 ? 's' : ''} ajouté${r.added > 1 ? 's' : ''}`,
    r.duplicates.length ? `${r.duplicates.length} déjà suivi${r.duplicates.length > 1 ? 's' : ''}` : '',
    ...r.problems,
  ]
    .filter(Boolean)
    .join('\n');

function callItem(view: View, c: WatchCallView, canDecide: boolean): HTMLElement {
  const decision = el('div', {
    className: 'muted',
    attrs: { 'data-testid': 'watch-decision' },
    text: [c.decision || 'À étudier', c.owner, c.opportunityId ? `opportunité ${c.opportunityId}` : ''].filter(Boolean).join(' · '),
  });
  const buttons = canDecide
    ? (['Go', 'No go', 'À étudier'] as const).map((d) => {
        const b = el('button', { className: d === 'Go' ? '' : 'secondary', text: d, attrs: { type: 'button', 'data-action': `decide-${d}` } });
        b.addEventListener(
          'click',
          () =>
            void runAction(b, () => view.call('decideWatchCall', c.id, d, null), {
              done: (r) => {
                decision.textContent = [r.decision, r.opportunityId ? `opportunité ${r.opportunityId}` : ''].filter(Boolean).join(' · ');
                return r.created ? `Opportunité ${r.opportunityId} créée à l’étape « Cible ».` : 'Décision enregistrée.';
              },
            }),
        );
        return b;
      })
    : [];
  return el('li', { attrs: { 'data-testid': 'watch-call', 'data-id': c.id } }, [
    el('strong', { text: c.title }),
    el('div', { text: [c.funder, c.kind, deadlineText(c)].filter(Boolean).join(' · ') }),
    c.link ? el('div', { className: 'muted', text: c.link }) : null,
    el('div', { className: 'fit', text: `Adéquation ${c.fit ?? 0}/5 — ${c.fitExplanation || 'non calculée'}` }),
    decision,
    el('div', { className: 'actions' }, buttons),
  ]);
}

function pasteForm(view: View, reload: () => Promise<void>): HTMLElement {
  const area = el('textarea', {
    attrs: { name: 'pasted', rows: '4', 'aria-label': 'Liste collée', placeholder: 'Intitulé ; bailleur ; date limite ; lien (une ligne par appel)' },
  });
  const button = el('button', { text: 'Ajouter la liste', attrs: { type: 'submit' } });
  const form = el('form', { attrs: { 'data-testid': 'watch-paste' } }, [
    el('h3', { text: 'Coller une liste' }),
    area,
    el('div', { className: 'actions' }, [button]),
  ]);
  submitWith(form, button, () => view.call('importWatchList', area.value), { done: (r) => (void reload(), reportText(r)) });
  return form;
}

function addForm(view: View, reload: () => Promise<void>): HTMLElement {
  const field = (name: string, label: string, type = 'text') => el('label', { text: label }, [el('input', { attrs: { name, type } })]);
  const button = el('button', { text: 'Ajouter l’appel', attrs: { type: 'submit' } });
  const form = el('form', { attrs: { 'data-testid': 'watch-add' } }, [
    el('h3', { text: 'Ajouter un appel' }),
    field('title', 'Intitulé'),
    field('funder', 'Bailleur / programme'),
    field('deadline', 'Date limite', 'date'),
    field('link', 'Lien', 'url'),
    el('label', { text: 'Nature' }, [select('kind', [['', '—'], ...WATCH_KINDS.map((k) => [k, k] as const)])]),
    field('themes', 'Thèmes (séparés par des virgules)'),
    field('zones', 'Zones'),
    field('amountMin', 'Montant minimum', 'number'),
    field('amountMax', 'Montant maximum', 'number'),
    field('currency', 'Devise (FCFA, EUR, USD…)'),
    el('label', { text: 'Éligibilité' }, [el('textarea', { attrs: { name: 'eligibility', rows: '3', maxlength: '5000' } })]),
    field('owner', 'Responsable (e-mail)', 'email'),
    el('div', { className: 'actions' }, [button]),
  ]);
  submitWith(
    form,
    button,
    () => {
      const input: Record<string, string> = {};
      for (const i of Array.from(form.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')))
        if (i.value.trim()) input[i.name] = i.value;
      return view.call('saveWatchCall', input);
    },
    { done: () => (void reload(), 'Appel ajouté.') },
  );
  return form;
}

export async function mountWatch(view: View): Promise<void> {
  view.container.append(view.heading('Veille'));
  const [page, session] = await Promise.all([view.call('listWatch'), view.session.catch(() => null)]);
  const canWrite = Boolean(session && allows(session, 'saveWatchCall'));
  const list = el('ul', { className: 'plain', attrs: { 'data-testid': 'watch-list' } });
  const count = el('p', { className: 'count', attrs: { 'aria-live': 'polite' } });
  const more = el('button', { text: 'Afficher plus', attrs: { type: 'button', 'data-action': 'more-watch' } });
  const add = (calls: readonly WatchCallView[], total: number) => {
    list.append(...calls.map((c) => callItem(view, c, canWrite)));
    const shown = list.querySelectorAll('[data-testid=watch-call]').length;
    count.textContent = `${shown} appel${total > 1 ? 's' : ''} sur ${total}, date limite la plus proche d’abord`;
    more.hidden = shown >= total || !calls.length;
  };
  more.addEventListener(
    'click',
    () =>
      void view.guard(async () => {
        const next = await view.call('listWatch', { offset: list.querySelectorAll('[data-testid=watch-call]').length });
        add(next.calls, next.total);
      }),
  );
  const show = (first: typeof page) => {
    list.replaceChildren();
    if (!first.total)
      list.append(el('li', { className: 'empty', text: 'Aucun appel suivi : ajoutez-en un, collez une liste ou indiquez des flux dans Paramètres › Veille.' }));
    add(first.calls, first.total);
  };
  // After an addition the first page is read again: the new call takes its place by deadline.
  const reload = async () => void view.guard(async () => show(await view.call('listWatch')));
  view.container.append(count, list, more);
  show(page);
  if (canWrite) view.container.append(addForm(view, reload), pasteForm(view, reload));
}
