/**
 * « Événements »: the upcoming events (soonest first) or the past ones (latest first), one page at
 * a time, each opening its page (views/event-page.ts); « Planifier un événement » opens the form.
 */
import type { EventPage, EventSummary } from '../../domain/contracts/events';
import type { View } from './mount';
import { el } from '../dom';
import { formatDateFr } from '../format';
import { eventForm } from './event-form';
import { mountEventPage } from './event-page';

type When = 'upcoming' | 'past';

export async function mountEvents(view: View, id?: string): Promise<void> {
  if (id) return mountEventPage(view, id);
  const session = await view.session;
  let when: When = 'upcoming';
  const plan = el('button', { text: 'Planifier un événement', attrs: { type: 'button', 'data-action': 'plan-event', 'data-endpoint': 'planEvent' } });
  const formSlot = el('div');
  const tabs = (
    [
      ['upcoming', 'À venir'],
      ['past', 'Passés'],
    ] as const
  ).map(([w, label]) => el('button', { className: 'secondary', text: label, attrs: { type: 'button', 'data-when': w, 'aria-pressed': String(w === when) } }));
  const count = el('p', { className: 'count', attrs: { 'aria-live': 'polite' } });
  const list = el('ul', { className: 'plain events', attrs: { 'data-testid': 'events' } });
  const more = el('button', { text: 'Afficher plus', attrs: { type: 'button', 'data-action': 'more-events' } });
  more.hidden = true;
  view.container.append(
    view.heading('Événements'),
    el('div', { className: 'toolbar wrap' }, [plan]),
    formSlot,
    el('div', { className: 'filters wrap', attrs: { role: 'group', 'aria-label': 'Période' } }, tabs),
    count,
    list,
    more,
  );

  const item = (e: EventSummary) => {
    const open = el('button', { className: 'link', text: e.title, attrs: { type: 'button' } });
    open.addEventListener('click', () => view.show('events', e.id));
    return el('li', { attrs: { 'data-id': e.id } }, [
      open,
      el('div', { className: 'muted', text: `${formatDateFr(e.date)}${e.time ? ` à ${e.time}` : ''} · ${e.type} · ${e.status}` }),
      e.partnerNames.length
        ? el('div', { className: 'muted', text: `${e.partnerNames.join(', ')} · ${e.participants} participant${e.participants > 1 ? 's' : ''}` })
        : null,
    ]);
  };
  const show = (page: EventPage, append: boolean) => {
    if (!append) list.replaceChildren();
    list.append(...page.items.map(item));
    const shown = list.childElementCount;
    count.textContent = !page.total
      ? when === 'upcoming'
        ? 'Aucun événement à venir.'
        : 'Aucun événement passé.'
      : shown < page.total
        ? `${shown} affichés sur ${page.total} événements`
        : `${page.total} événement${page.total > 1 ? 's' : ''}`;
    more.hidden = shown >= page.total || !page.items.length;
  };
  let loads = 0;
  const reload = () =>
    view.guard(async () => {
      const mine = ++loads;
      const page = await view.call('listEvents', { when, offset: 0 });
      if (mine === loads) show(page, false);
    });
  for (const b of tabs)
    b.addEventListener('click', () => {
      when = b.dataset.when as When;
      for (const other of tabs) other.setAttribute('aria-pressed', String(other === b));
      void reload();
    });
  more.addEventListener(
    'click',
    () =>
      void view.guard(async () => {
        more.disabled = true;
        show(await view.call('listEvents', { when, offset: list.childElementCount }).finally(() => (more.disabled = false)), true);
      }),
  );
  plan.addEventListener('click', () => {
    if (formSlot.firstChild) return formSlot.replaceChildren();
    formSlot.replaceChildren(
      eventForm(view, session.email, (made) => {
        view.show('events', made.id);
        view.notify(`Événement ${made.id} planifié : ${made.participantLines.length} participant${made.participantLines.length > 1 ? 's' : ''}.`);
      }),
    );
  });
  show(await view.call('listEvents', { when, offset: 0 }), false);
}
