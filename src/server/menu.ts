/** Menu and simple triggers. onOpen may run in AuthMode.NONE: it only builds the menu. */
import type { SetupReport } from '../domain/contracts';
import { setUpWorkbook } from '../services/workbook-setup';
import { forgetSettings } from '../services/settings-store';
import { SETTINGS } from '../domain/schema/tables';
import { ROLE_SECTION, ROLE_VIEW_NOTE } from '../domain/settings/roles';
import { foldText } from '../domain/records/normalise';
import { mapHeaders } from '../services/header-map';
import { serve } from './frame/endpoint';
import { requireAdminOrFresh_ } from './frame/ownership';
import { currentRoles, rewriteRoleView, roleJournal, saveRoles } from '../services/role-store';
import { appendJournal } from '../services/journal';
import { withRollback } from '../services/write-guard';
import { HELP_HTML } from './help';
import { describeRepair, ensureTriggers } from './jobs/install-triggers';
import { withDocumentLock } from '../services/lock';

function buildMenu_(): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Ouvrir Pacte', 'showSidebar')
    .addItem('Importer des partenaires', 'showImport')
    .addSeparator()
    .addItem('Initialiser le classeur', 'initialiseWorkbook')
    .addItem('Configuration', 'openSettings')
    .addItem('Diagnostic', 'runDiagnostic')
    .addItem('Aide', 'showHelp')
    .addToUi();
}

export const onOpen = serve('onOpen', (): void => buildMenu_());

/** Add-on installed from the Marketplace: same menu as on open. */
export const onInstall = serve('onInstall', (): void => buildMenu_());

/**
 * A hand edit of Paramètres (axes, weights…) takes effect at once: drop the cached settings. A hand
 * edit of its Rôles rows changes no one's role (they are a view of Pacte's role table): say so.
 */
export const onEdit = serve('onEdit', (_frame, event): void => {
  const e = event as GoogleAppsScript.Events.SheetsOnEdit | undefined;
  const sheet = e?.range?.getSheet();
  if (!e?.range || !sheet || sheet.getName() !== SETTINGS.sheetName) return;
  forgetSettings();
  if (editsRoleView_(sheet, e.range)) sheet.getParent().toast(ROLE_VIEW_NOTE, 'Pacte — Rôles', 15);
});

function editsRoleView_(sheet: GoogleAppsScript.Spreadsheet.Sheet, range: GoogleAppsScript.Spreadsheet.Range): boolean {
  const width = sheet.getLastColumn();
  if (width === 0) return false;
  const section = mapHeaders(SETTINGS, sheet.getRange(1, 1, 1, width).getValues()[0]).columns.get('section');
  if (section === undefined) return false;
  const cells = sheet.getRange(range.getRow(), section + 1, range.getNumRows(), 1).getValues();
  return cells.some(([v]) => foldText(String(v)) === foldText(ROLE_SECTION));
}

export const showSidebar = serve('showSidebar', (): void => openSidebar_('partners'));

/** Menu "Importer des partenaires": the sidebar, opened on its import view. */
export const showImport = serve('showImport', (): void => openSidebar_('import'));

function openSidebar_(view: string): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar');
  // A constant view name, never data: the sidebar reads it from the body's data attribute.
  html.setContent(html.getContent().replace('<body>', `<body data-initial-view="${view}">`));
  SpreadsheetApp.getUi().showSidebar(html.setTitle('Pacte'));
}

/** Menu "Configuration": the Paramètres sheet, where an admin edits roles, axes, weights, templates. */
export const openSettings = serve('openSettings', ({ ctx }): void => {
  const sheet = ctx.spreadsheet.getSheetByName(SETTINGS.sheetName);
  if (!sheet) throw new Error('La feuille « Paramètres » est introuvable. Lancez Pacte → Initialiser le classeur.');
  ctx.spreadsheet.setActiveSheet(sheet);
  ctx.spreadsheet.toast(
    'Rôles, axes stratégiques, pondérations et modèles se règlent ici. Les changements sont pris en compte aussitôt.',
    'Pacte — Configuration',
    10,
  );
});

/** Menu "Aide": a short guide in French (static text, no data). */
export const showHelp = serve('showHelp', (): void =>
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput(HELP_HTML).setWidth(520).setHeight(440), 'Aide de Pacte'),
);

/**
 * Menu "Initialiser le classeur", also the repair. On a fresh workbook (see ownership.ts) the
 * caller becomes admin; otherwise only an admin may run it, and the existing roles are kept.
 * Decided and done under the document lock: two runs at once make one admin and one set of triggers.
 */
export const initialiseWorkbook = serve('initialiseWorkbook', ({ ctx }): SetupReport => {
  const { report, triggers } = withDocumentLock(() => {
    // Decided again under the lock: of two first runs at once, only one finds the workbook fresh.
    const fresh = requireAdminOrFresh_(ctx);
    // The owner first: a set-up failing midway leaves an admin who can run it again.
    const owner = ctx.user.toLowerCase();
    if (fresh) saveRoles(ctx, { [owner]: 'admin' }, [], { from: 'initialisation', by: ctx.user, at: ctx.stamp() });
    return withRollback(ctx, () => {
      const r = setUpWorkbook(ctx, ctx.spreadsheet.getName());
      // The Journal exists from here on: the first admin's grant is its first entry.
      if (fresh) appendJournal(ctx, [roleJournal(owner, 'rôle attribué (initialisation)', '', 'admin')]);
      // Paramètres › Rôles shows the role table again (a recreated or hand-edited view is rewritten).
      rewriteRoleView(ctx, currentRoles(ctx));
      // The hourly scheduled-jobs trigger and the form-submit trigger, installed or repaired (they run as this admin).
      return { report: r, triggers: ensureTriggers(ctx.spreadsheet) };
    });
  });
  const lines = [
    report.createdSheets.length ? `Feuilles créées : ${report.createdSheets.join(', ')}.` : '',
    report.addedColumns.length ? `Colonnes ajoutées : ${report.addedColumns.join(', ')}.` : '',
    report.unprotectedSheets?.length
      ? `Google n'a pas laissé ce compte protéger la feuille ${report.unprotectedSheets.map((n) => `« ${n} »`).join(', ')} (avertissement avant modification à la main) : relancez Initialiser depuis le compte propriétaire du classeur.`
      : '',
    describeRepair(triggers),
  ].filter(Boolean);
  SpreadsheetApp.getUi().alert(
    'Pacte',
    lines.length === 0 ? 'Le classeur est déjà prêt : rien à ajouter.' : lines.join('\n'),
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
  return report;
});
