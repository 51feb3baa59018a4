/** "Ma semaine": the current user's next actions and deadlines, overdue first. */
import type { App } from '../app';
import { callServer } from '../server-api';
import { el } from '../dom';
import { formatDateFr } from '../format';

export async function mountMyWeek(container: HTMLElement, app: App): Promise<void> {
  void app;
  const week = await callServer('getMyWeek');
  container.append(
    el('h2', { text: 'Ma semaine' }),
    el('p', { className: 'muted', text: `${week.user || 'Utilisateur inconnu'} · semaine du ${formatDateFr(week.today)}` }),
  );
  if (!week.items.length) {
    container.appendChild(el('p', { className: 'empty', text: 'Rien à faire cette semaine.' }));
    return;
  }
  container.appendChild(
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
