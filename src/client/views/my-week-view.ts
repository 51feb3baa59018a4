/** "Ma semaine": the current user's next actions and deadlines, overdue first. */
import type { View } from './mount';
import { el } from '../dom';
import { formatDateFr } from '../format';

export async function mountMyWeek(view: View): Promise<void> {
  view.container.append(view.heading('Ma semaine'));
  const week = await view.call('getMyWeek');
  view.container.append(el('p', { className: 'muted', text: `${week.user || 'Utilisateur inconnu'} · semaine du ${formatDateFr(week.today)}` }));
  if (!week.items.length) {
    view.container.appendChild(el('p', { className: 'empty', text: 'Rien à faire cette semaine.' }));
    return;
  }
  view.container.appendChild(
    el(
      'ul',
      { className: 'plain week', attrs: { 'data-testid': 'my-week' } },
      week.items.map((i) =>
        el('li', { className: i.overdue ? 'overdue' : '' }, [
          el('strong', { text: `${formatDateFr(i.due)}${i.overdue ? ' · en retard' : ''}` }),
          el('div', { text: i.title }),
          el('div', { className: 'muted', text: `${i.kind} · ${i.partnerName}` }),
        ]),
      ),
    ),
  );
}
