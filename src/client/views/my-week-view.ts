/** "Ma semaine": the current user's next actions and deadlines, overdue first, one page at a time. */
import type { ConventionSummary, MyWeekItem } from '../../domain/contracts';
import type { View } from './mount';
import { el } from '../dom';
import { formatDateFr } from '../format';
import { allows } from '../session';
import { digestCopy } from './digest-copy';
import { JOB_ERRORS_PAGE, jobErrorsPanel } from './job-errors-panel';

export async function mountMyWeek(view: View): Promise<void> {
  view.container.append(view.heading('Ma semaine'));
  // An admin's failed scheduled jobs are asked at the same time: no extra wait, and none for other roles.
  const [week, errors] = await Promise.all([view.call('getMyWeek'), jobErrorsForAdmins(view)]);
  const failures = errors && jobErrorsPanel(view, errors);
  if (failures) view.container.append(failures);
  view.container.append(
    el('p', { className: 'muted', text: `${week.user || 'Utilisateur inconnu'} · semaine du ${formatDateFr(week.today)}` }),
    digestCopy(view),
  );
  if (week.approvals.length) view.container.append(approvalsSection(view, week.approvals));
  if (!week.items.length) {
    view.container.appendChild(el('p', { className: 'empty', text: 'Rien à faire cette semaine.' }));
    return;
  }
  const count = el('p', { className: 'count', attrs: { 'aria-live': 'polite' } });
  const list = el('ul', { className: 'plain week', attrs: { 'data-testid': 'my-week' } });
  const more = el('button', { text: 'Afficher plus', attrs: { type: 'button', 'data-action': 'more-week' } });
  const add = (items: readonly MyWeekItem[], total: number) => {
    list.append(...items.map((i) => weekItem(view, i)));
    const shown = list.childElementCount;
    count.textContent = shown < total ? `${shown} affichées sur ${total} échéances` : `${total} échéance${total > 1 ? 's' : ''}`;
    more.hidden = shown >= total || !items.length;
  };
  more.addEventListener(
    'click',
    () =>
      void view.guard(async () => {
        more.setAttribute('disabled', '');
        const next = await view.call('getMyWeek', { offset: list.childElementCount }).finally(() => more.removeAttribute('disabled'));
        add(next.items, next.total);
      }),
  );
  view.container.append(count, list, more);
  add(week.items, week.total);
}

async function jobErrorsForAdmins(view: View) {
  const session = await view.session.catch(() => null);
  return session && allows(session, 'listJobErrors') ? view.call('listJobErrors', { offset: 0, limit: JOB_ERRORS_PAGE }) : null;
}

function weekItem(view: View, i: MyWeekItem): HTMLElement {
  let title: HTMLElement = el('div', { text: i.title });
  if (i.kind === 'évaluation') {
    // A joint evaluation opens in its own view.
    const open = el('button', { className: 'link', text: i.title, attrs: { type: 'button', 'data-action': 'open-evaluation' } });
    open.addEventListener('click', () => view.show('evaluation', i.id));
    title = el('div', {}, [open]);
  }
  if (i.kind === 'renforcement' || i.kind === 'document') {
    // A gap plan's action or an institutional document opens the readiness view.
    const open = el('button', { className: 'link', text: i.title, attrs: { type: 'button', 'data-action': 'open-readiness' } });
    open.addEventListener('click', () => view.show('readiness'));
    title = el('div', {}, [open]);
  }
  if (i.kind === 'veille') {
    // A call's deadline opens the watch list.
    const open = el('button', { className: 'link', text: i.title, attrs: { type: 'button', 'data-action': 'open-watch' } });
    open.addEventListener('click', () => view.show('watch'));
    title = el('div', {}, [open]);
  }
  return el('li', { className: i.overdue ? 'overdue' : '' }, [
    el('strong', { text: `${formatDateFr(i.due)}${i.overdue ? ' · en retard' : ''}` }),
    title,
    el('div', { className: 'muted', text: `${i.kind} · ${i.partnerName}` }),
  ]);
}

/** The conventions awaiting the user's decision, first: each opens the convention's page. */
function approvalsSection(view: View, conventions: readonly ConventionSummary[]): HTMLElement {
  return el('section', { attrs: { 'data-testid': 'awaiting-me' } }, [
    el('h3', { text: `À valider par moi (${conventions.length})` }),
    el(
      'ul',
      { className: 'plain' },
      conventions.map((c) => {
        const open = el('button', { className: 'link', text: `${c.id} v${c.version} — ${c.partnerName}`, attrs: { type: 'button' } });
        open.addEventListener('click', () => view.show('conventions', c.id));
        return el('li', {}, [open, el('div', { className: 'muted', text: [c.type, c.status].filter(Boolean).join(' · ') })]);
      }),
    ),
  ]);
}
