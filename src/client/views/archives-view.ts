/**
 * Archives: the archived partners, contacts, opportunities and interactions, each kind in its own
 * section, most recently archived first, with « Restaurer » on each. Reached from the partners list.
 */
import type { ArchivedPage, ArchivedRecord } from '../../domain/contracts';
import type { View } from './mount';
import { el } from '../dom';
import { formatDateFr } from '../format';
import { runAction } from '../action';
import { ARCHIVE_KINDS, type ArchiveKind } from '../archive';

export async function mountArchives(view: View): Promise<void> {
  const back = el('button', { className: 'link', text: '← Tous les partenaires', attrs: { type: 'button' } });
  back.addEventListener('click', () => view.show('partners'));
  view.container.append(
    back,
    view.heading('Archives'),
    el('p', { className: 'muted', text: 'Ces lignes restent dans leurs feuilles mais ne figurent plus dans aucune liste ni aucun compte.' }),
  );
  const kinds = Object.values(ARCHIVE_KINDS);
  const pages = await Promise.all(kinds.map((kind) => view.call('listArchived', kind.sheet)));
  kinds.forEach((kind, at) => view.container.appendChild(section(view, kind, pages[at])));
}

function section(view: View, kind: ArchiveKind, first: ArchivedPage): HTMLElement {
  let total = first.total;
  let shown = 0;
  const heading = el('h3', { text: `${kind.section} (${total})` });
  const list = el('ul', { className: 'plain archived', attrs: { 'data-sheet': kind.sheet } });
  const more = el('button', { className: 'link', text: 'Afficher plus', attrs: { type: 'button', 'data-action': 'more-archived' } });
  const showMore = () => (more.hidden = shown >= total);
  const add = (records: readonly ArchivedRecord[]) => {
    for (const r of records) list.appendChild(item(r));
    shown += records.length;
    showMore();
  };
  const item = (r: ArchivedRecord): HTMLElement => {
    const restore = el('button', {
      className: 'link',
      text: 'Restaurer',
      attrs: { type: 'button', 'data-action': 'restore', 'data-id': r.id, 'data-endpoint': 'restoreRecord', 'aria-label': `Restaurer ${r.id}` },
    });
    const li = el('li', { attrs: { 'data-id': r.id } }, [
      el('strong', { text: r.id }),
      document.createTextNode(` · archivé le ${formatDateFr(r.archivedAt.slice(0, 10))}`),
      restore,
      el('div', { className: 'muted', text: r.summary }),
    ]);
    restore.addEventListener('click', () => {
      void runAction(
        restore,
        async () => {
          await view.call('restoreRecord', kind.sheet, r.id);
          // A partner brings back the contacts archived with it: the other sections change too.
          if (kind === ARCHIVE_KINDS.partner) view.show('partners', 'archives');
          else {
            li.remove();
            shown--;
            heading.textContent = `${kind.section} (${--total})`;
            showMore();
          }
          view.notify(`Restauré : ${r.id} revient dans les listes et les comptes.`);
        },
        { busy: 'Restauration…' },
      );
    });
    return li;
  };
  more.addEventListener('click', () => {
    void runAction(
      more,
      async () => {
        const next = await view.call('listArchived', kind.sheet, { offset: shown });
        total = next.total;
        heading.textContent = `${kind.section} (${total})`;
        add(next.items);
      },
      { busy: 'Chargement…' },
    );
  });
  add(first.items);
  return el('section', {}, [heading, first.items.length ? list : el('p', { className: 'muted', text: 'Rien d’archivé.' }), more]);
}
