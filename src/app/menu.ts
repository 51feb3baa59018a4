/** The add-on menu, the sidebar and dialogs it opens, and what a hand edit of Paramètres does. */
import { HELP_HTML } from '../domain/help/help-page';
import { CONTACTS, SETTINGS } from '../domain/schema/tables';
import { ROLE_SECTION, ROLE_VIEW_NOTE } from '../domain/settings/roles';
import { foldText } from '../domain/records/normalise';
import { COMMITMENT_BOARD_SHEET } from '../domain/commitments/board';
import type { ExchangeRates } from '../domain/format/xof';
import type { Store } from '../store/store';
import type { MenuEntry, SheetEdits, SidebarView, Ui } from './ports/ui';
import { refreshCommitmentBoard } from './commitments';

/** The handlers are top-level exports of Code.js. */
export const MENU: readonly MenuEntry[] = [
  { label: 'Ouvrir Pacte', handler: 'showSidebar' },
  { label: 'Importer des partenaires', handler: 'showImport' },
  { label: 'Tableau des engagements', handler: 'showCommitmentBoard' },
  'séparateur',
  { label: 'Initialiser le classeur', handler: 'initialiseWorkbook' },
  { label: 'Configuration', handler: 'openSettings' },
  { label: 'Diagnostic', handler: 'runDiagnostic' },
  { label: 'Aide', handler: 'showHelp' },
];

/** onOpen may run in AuthMode.NONE: it only builds the menu. */
export function buildMenu(ui: Ui): void {
  ui.addMenu(MENU);
}

export function showSidebar(ui: Ui, view: SidebarView): void {
  ui.openSidebar(view);
}

/** Menu « Aide »: a short guide in French (static text, no data). */
export function showHelp(ui: Ui): void {
  ui.showDialog(HELP_HTML, 'Aide de Pacte', { width: 520, height: 440 });
}

/** Menu « Configuration »: the Paramètres sheet, where an admin edits roles, axes, weights, templates. */
export function openSettings(ui: Ui): void {
  if (!ui.showSheet(SETTINGS.sheetName)) throw new Error('La feuille « Paramètres » est introuvable. Lancez Pacte → Initialiser le classeur.');
  ui.toast('Rôles, axes stratégiques, pondérations et modèles se règlent ici. Les changements sont pris en compte aussitôt.', 'Pacte — Configuration', 10);
}

/** Menu « Tableau des engagements »: the sheet rewritten now (the dispatcher does it each morning), then shown. */
export function showCommitmentBoard(ports: { store: Store; ui: Ui }, rates: ExchangeRates): { commitments: number } {
  const done = refreshCommitmentBoard(ports.store, rates);
  ports.ui.showSheet(COMMITMENT_BOARD_SHEET);
  ports.ui.toast(`${done.commitments} engagements, à jour à l’instant.`, 'Pacte — Tableau des engagements', 8);
  return done;
}

/**
 * A hand edit of Paramètres (axes, weights…) takes effect at once: the cached settings are dropped;
 * one of Contacts drops the partners search's index of contacts, so a search finds the new text;
 * one of the sheets « Ma semaine » reads drops that sheet's extract (the next opening reads it).
 * A hand edit of its Rôles rows changes no one's role (they are a view of Pacte's role table): said so.
 */
export function settingsEdited(ports: { ui: Ui; sheetEdits: SheetEdits }, event: unknown): void {
  const edit = ports.sheetEdits.of(event);
  if (edit?.sheetName === CONTACTS.sheetName) ports.sheetEdits.forgetContactIndex();
  if (edit && ports.sheetEdits.weekSheets.includes(edit.sheetName)) ports.sheetEdits.forgetWeekExtract(edit.sheetName);
  if (!edit || edit.sheetName !== SETTINGS.sheetName) return;
  ports.sheetEdits.forgetSettings();
  if (edit.settingsSections().some((v) => foldText(v) === foldText(ROLE_SECTION))) ports.ui.toast(ROLE_VIEW_NOTE, 'Pacte — Rôles', 15);
}
