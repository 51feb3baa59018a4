/**
 * Archiving from the sidebar: an « Archiver » button that says, before anything is sent, what becomes
 * of the row (it leaves every list and count, stays in its sheet, can be restored from Archives).
 */
import { CONTACTS, INTERACTIONS, OPPORTUNITIES, PARTNERS } from '../domain/schema/tables';
import { el } from './dom';
import { runAction } from './action';
import type { View } from './views/mount';

export interface ArchiveKind {
  /** The sheet the server archives in. */
  sheet: string;
  /** « Le partenaire », for the confirmation. */
  subject: string;
  /** « Partenaires archivés », the Archives section's title. */
  section: string;
  /** « Partenaire archivé », the confirmation once done. */
  done: string;
  /** What else goes with it, said in the confirmation. */
  along?: string;
}

export const ARCHIVE_KINDS = {
  partner: {
    sheet: PARTNERS.sheetName,
    subject: 'Le partenaire',
    section: 'Partenaires archivés',
    done: 'Partenaire archivé',
    along: 'Ses contacts sont archivés avec lui et reviennent avec lui.',
  },
  contact: { sheet: CONTACTS.sheetName, subject: 'Le contact', section: 'Contacts archivés', done: 'Contact archivé' },
  opportunity: { sheet: OPPORTUNITIES.sheetName, subject: 'L’opportunité', section: 'Opportunités archivées', done: 'Opportunité archivée' },
  interaction: { sheet: INTERACTIONS.sheetName, subject: 'L’interaction', section: 'Interactions archivées', done: 'Interaction archivée' },
} satisfies Record<string, ArchiveKind>;

export function archiveQuestion(kind: ArchiveKind, label: string): string {
  return [
    `Archiver « ${label} » ?`,
    `${kind.subject} quittera toutes les listes et tous les comptes ; la ligne reste dans la feuille et peut être restaurée depuis Archives.`,
    kind.along ?? '',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * « Archiver » for one row: asks first, then archives it once (a double click sends one request) and
 * runs `archived` (the caller removes the row from what it shows); an error shows beside the button.
 * A plain button in a toolbar, a link-like one beside each row of a list.
 */
export function archiveButton(
  view: View,
  kind: ArchiveKind,
  id: string,
  label: string,
  archived: () => void,
  look: 'button' | 'link' = 'link',
): HTMLButtonElement {
  const button = el('button', {
    className: look === 'link' ? 'link archive' : 'archive',
    text: 'Archiver',
    attrs: { type: 'button', 'data-action': 'archive', 'data-id': id, 'data-endpoint': 'archiveRecord', 'aria-label': `Archiver « ${label} »` },
  });
  button.addEventListener('click', () => {
    void runAction(
      button,
      async () => {
        await view.call('archiveRecord', kind.sheet, id);
        archived();
        view.notify(`${kind.done} : « ${label} ». Restaurable depuis Partenaires › Archives.`);
      },
      { busy: 'Archivage…', confirm: () => archiveQuestion(kind, label) },
    );
  });
  return button;
}
