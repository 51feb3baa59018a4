/**
 * Archives: the archived partners, contacts, opportunities and interactions, each kind in its own
 * section, most recently archived first, with « Restaurer » on each. Reached from the partners list.
 */
import type { ArchivedRecord } from '../../domain/contracts';
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
  const lists = await Promise.all(kinds.map((kind) => view.call('listArchived', kind.sheet)));
  kinds.forEach((kind, at) => view.container.appendChild(section(view, kind, lists[at])));
}

function section(view: View, kind: ArchiveKind, records: readonly ArchivedRecord[]): HTMLElement {
  let count = records.length;
  const heading = el('h3', { text: `${kind.section} (${count})` });
  const list = el('ul', { className: 'plain archived', attrs: { 'data-sheet': kind.sheet } });
  for (const r of records) {
    const restore = el('button', {
      className: 'link',
      text: 'Restaurer',
      attrs: { type: 'button', 'data-action': 'restore', 'data-id': r.id, 'data-endpoint': 'restoreRecord', 'aria-label': `Restaurer ${r.id}` },
    });
    const item = el('li', { attrs: { 'data-id': r.id } }, [
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
            item.remove();
            heading.textContent = `${kind.section} (${--count})`;
          }
          view.notify(`Restauré : ${r.id} revient dans les listes et les comptes.`);
        },
        { busy: 'Restauration…' },
      );
    });
    list.appendChild(item);
  }
  return el('section', {}, [heading, records.length ? list : el('p', { className: 'muted', text: 'Rien d’archivé.' })]);
}
