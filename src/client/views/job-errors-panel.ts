/**
 * « Erreurs des tâches planifiées » (admins): triggers send no failure e-mail, so the failures of
 * *Journal des erreurs* are shown here, newest first, a page at a time, each stack behind a toggle.
 * Drawn only when there is something to show.
 */
import type { JobErrorPage } from '../../domain/contracts';
import type { View } from './mount';
import { el } from '../dom';
import { formatDateFr } from '../format';

export const JOB_ERRORS_PAGE = 5;

/** « 12 mars 2026 à 09:00 » from the sheet's « 2026-03-12T09:00:00 ». */
function when(at: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(at);
  return m ? `${formatDateFr(m[1])} à ${m[2]}:${m[3]}` : formatDateFr(at);
}

export function jobErrorsPanel(view: View, first: JobErrorPage): HTMLElement | null {
  if (!first.total) return null;
  const n = first.total;
  const list = el('ul', { className: 'plain job-errors' });
  const more = el('button', { text: 'Afficher plus', attrs: { type: 'button', 'data-action': 'more-job-errors' } });
  const add = (page: JobErrorPage) => {
    list.append(...page.errors.map(errorItem));
    more.hidden = list.childElementCount >= page.total || !page.errors.length;
  };
  more.addEventListener(
    'click',
    () =>
      void view.guard(async () => {
        more.setAttribute('disabled', '');
        const next = await view
          .call('listJobErrors', { offset: list.childElementCount, limit: JOB_ERRORS_PAGE })
          .finally(() => more.removeAttribute('disabled'));
        add(next);
      }),
  );
  add(first);
  return el('section', { className: 'job-errors-panel', attrs: { 'data-endpoint': 'listJobErrors', 'data-testid': 'job-errors' } }, [
    el('h3', { text: 'Erreurs des tâches planifiées' }),
    el('p', {
      text: `${n} ${n > 1 ? 'tâches planifiées ont échoué' : 'tâche planifiée a échoué'} depuis le ${when(first.since)} (feuille « Journal des erreurs »).`,
    }),
    list,
    more,
  ]);
}

function errorItem(e: JobErrorPage['errors'][number]): HTMLElement {
  return el('li', {}, [
    el('strong', { text: `${when(e.at)} · ${e.job}` }),
    el('div', { text: e.message }),
    e.stack ? el('details', {}, [el('summary', { text: 'Pile d’appels' }), el('pre', { text: e.stack })]) : null,
  ]);
}
