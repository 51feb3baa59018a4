/** Menu and simple triggers. onOpen may run in AuthMode.NONE: it only builds the menu. */
import { ADMINS } from '../domain/settings/access';
import { setUpWorkbook, type SetupReport } from '../services/workbook-setup';
import { forgetSettings } from '../services/settings-store';
import { SETTINGS } from '../domain/schema/tables';
import { currentContext_, read_, write_ } from './request';
import { HELP_HTML } from './help';
import { describeRepair, ensureTriggers } from './jobs/install-triggers';
import { withDocumentLock } from '../services/lock';

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  void e;
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

/** Add-on installed from the Marketplace: same menu as on open. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** A hand edit of Paramètres (roles, axes…) takes effect at once: drop the cached settings. */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (e?.range && e.range.getSheet().getName() === SETTINGS.sheetName) forgetSettings();
}

export function showSidebar(): void {
  openSidebar_('partners');
}

/** Menu "Importer des partenaires": the sidebar, opened on its import view. */
export function showImport(): void {
  openSidebar_('import');
}

function openSidebar_(view: string): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar');
  // A constant view name, never data: the sidebar reads it from the body's data attribute.
  html.setContent(html.getContent().replace('<body>', `<body data-initial-view="${view}">`));
  SpreadsheetApp.getUi().showSidebar(html.setTitle('Pacte'));
}

/** Menu "Configuration": the Paramètres sheet, where an admin edits roles, axes, weights, templates. */
export function openSettings(): void {
  read_(ADMINS, ({ ctx }) => {
    const sheet = ctx.spreadsheet.getSheetByName(SETTINGS.sheetName);
    if (!sheet) throw new Error('La feuille « Paramètres » est introuvable. Lancez Pacte → Initialiser le classeur.');
    ctx.spreadsheet.setActiveSheet(sheet);
    ctx.spreadsheet.toast(
      'Rôles, axes stratégiques, pondérations et modèles se règlent ici. Les changements sont pris en compte aussitôt.',
      'Pacte — Configuration',
      10,
    );
  });
}

/** Menu "Aide": a short guide in French (static text, no data). */
export function showHelp(): void {
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput(HELP_HTML).setWidth(520).setHeight(440), 'Aide de Pacte');
}

/**
 * Menu "Initialiser le classeur". A workbook with no Paramètres yet has no admin, so the
 * first person to initialise it becomes admin; afterwards only an admin may run it again.
 */
export function initialiseWorkbook(): SetupReport {
  const ctx = currentContext_();
  const fresh = !ctx.spreadsheet.getSheetByName(SETTINGS.sheetName);
  // The sheets, then the hourly scheduled-jobs trigger and the form-submit trigger, installed or
  // repaired (they run as this admin).
  const setUp = (c: typeof ctx) => {
    const r = setUpWorkbook(c, c.spreadsheet.getName());
    return { report: r, triggers: ensureTriggers(c.spreadsheet) };
  };
  const { report, triggers } = fresh ? withDocumentLock(() => setUp(ctx)) : write_(ADMINS, (req) => setUp(req.ctx));
  const lines = [
    report.createdSheets.length ? `Feuilles créées : ${report.createdSheets.join(', ')}.` : '',
    report.addedColumns.length ? `Colonnes ajoutées : ${report.addedColumns.join(', ')}.` : '',
    describeRepair(triggers),
  ].filter(Boolean);
  SpreadsheetApp.getUi().alert(
    'Pacte',
    lines.length === 0 ? 'Le classeur est déjà prêt : rien à ajouter.' : lines.join('\n'),
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
  return report;
}
