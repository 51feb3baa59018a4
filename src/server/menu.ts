/** Menu and simple triggers. onOpen may run in AuthMode.NONE: it only builds the menu. */
import { ADMINS } from '../domain/settings/access';
import { setUpWorkbook, type SetupReport } from '../services/workbook-setup';
import { forgetSettings } from '../services/settings-store';
import { SETTINGS } from '../domain/schema/tables';
import { currentContext_, write_ } from './request';
import { withDocumentLock } from '../services/lock';

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  void e;
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Ouvrir Pacte', 'showSidebar')
    .addSeparator()
    .addItem('Initialiser le classeur', 'initialiseWorkbook')
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
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Pacte');
  SpreadsheetApp.getUi().showSidebar(html);
}

/**
 * Menu "Initialiser le classeur". A workbook with no Paramètres yet has no admin, so the
 * first person to initialise it becomes admin; afterwards only an admin may run it again.
 */
export function initialiseWorkbook(): SetupReport {
  const ctx = currentContext_();
  const fresh = !ctx.spreadsheet.getSheetByName(SETTINGS.sheetName);
  const report = fresh
    ? withDocumentLock(() => setUpWorkbook(ctx, ctx.spreadsheet.getName()))
    : write_(ADMINS, (req) => setUpWorkbook(req.ctx, req.ctx.spreadsheet.getName()));
  const done = report.createdSheets.length + report.addedColumns.length;
  SpreadsheetApp.getUi().alert(
    'Pacte',
    done === 0
      ? 'Le classeur est déjà prêt : rien à ajouter.'
      : [
          report.createdSheets.length ? `Feuilles créées : ${report.createdSheets.join(', ')}.` : '',
          report.addedColumns.length ? `Colonnes ajoutées : ${report.addedColumns.join(', ')}.` : '',
        ]
          .filter(Boolean)
          .join('\n'),
    SpreadsheetApp.getUi().ButtonSet.OK,
  );
  return report;
}
