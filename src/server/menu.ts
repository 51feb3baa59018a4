/** Menu and simple triggers (app/menu.ts, app/setup.ts). onOpen may run in AuthMode.NONE: it only builds the menu. */
import {
  buildMenu,
  openSettings as showSettingsSheet,
  settingsEdited,
  showCommitmentBoard as refreshAndShowBoard,
  showHelp as showHelpDialog,
  showSidebar as openSidebar,
} from '../app/menu';
import { initialiseWorkbook as setUp } from '../app/setup';
import { serve } from './frame/endpoint';

export const onOpen = serve('onOpen', ({ ports }) => buildMenu(ports.ui));

/** Add-on installed from the Marketplace: same menu as on open. */
export const onInstall = serve('onInstall', ({ ports }) => buildMenu(ports.ui));

export const onEdit = serve('onEdit', ({ ports }, event) => settingsEdited(ports, event));

export const showSidebar = serve('showSidebar', ({ ports }) => openSidebar(ports.ui, 'partners'));

/** Menu "Importer des partenaires": the sidebar, opened on its import view. */
export const showImport = serve('showImport', ({ ports }) => openSidebar(ports.ui, 'import'));

export const showCommitmentBoard = serve('showCommitmentBoard', ({ ports, settings }) => refreshAndShowBoard(ports, settings.rates));

export const openSettings = serve('openSettings', ({ ports }) => showSettingsSheet(ports.ui));

export const showHelp = serve('showHelp', ({ ports }) => showHelpDialog(ports.ui));

/** Menu "Initialiser le classeur", also the repair; on a fresh workbook (frame/ownership.ts) the caller becomes admin. */
export const initialiseWorkbook = serve('initialiseWorkbook', ({ ports }) => setUp(ports));
