/**
 * The spreadsheet's user interface (SpreadsheetApp.getUi, HtmlService): the add-on menu, the
 * sidebar, dialogs, alerts and toasts; and the hand edits the onEdit simple trigger reports.
 * Available before any authorisation (AuthMode.NONE): nothing here reads Pacte's data.
 */
export type SidebarView = 'partners' | 'import';

/** A menu item calling a top-level function, or a separator. */
export type MenuEntry = { label: string; handler: string } | 'séparateur';

export interface Ui {
  addMenu(entries: readonly MenuEntry[]): void;
  /** Opens the sidebar (the Sidebar page) on one of its views. */
  openSidebar(view: SidebarView): void;
  /** A modal dialog of static HTML (no user data). */
  showDialog(html: string, title: string, size: { width: number; height: number }): void;
  /** A modal alert with an OK button. */
  alert(title: string, message: string): void;
  toast(message: string, title: string, seconds: number): void;
  /** Brings the sheet forward; false when the workbook has no sheet of that name. */
  showSheet(name: string): boolean;
}

/** A hand edit of the spreadsheet (the onEdit event), as far as Pacte cares. */
export interface SheetEdit {
  sheetName: string;
  /** The « Section » cells of the edited rows, when the edit is in Paramètres ([] without that column). */
  settingsSections(): string[];
}

export interface SheetEdits {
  /** The edit an onEdit event describes; undefined when it names no range. */
  of(event: unknown): SheetEdit | undefined;
  /** Drops the cached Paramètres (CacheService): the next request reads the sheet. */
  forgetSettings(): void;
  /** Drops the partners search's index of contacts (CacheService): the next search reads Contacts. */
  forgetContactIndex(): void;
  /** Drops « Ma semaine »'s extract of that sheet (CacheService): the next opening reads it. */
  forgetWeekExtract(sheetName: string): void;
  /** The sheets « Ma semaine » is built from. */
  readonly weekSheets: readonly string[];
}
