/** What « Initialiser le classeur » needs beyond the Store: the role table, the sheets' creation, the rollback. */
import type { SetupReport } from '../../domain/contracts';

export interface WorkbookSetup {
  /**
   * Decided under the document lock: true on a fresh workbook (the caller may set it up and
   * becomes admin); false for an admin's repair; refuses anyone else (French AccessDeniedError).
   */
  freshForCaller(): boolean;
  /** Records `email` as the only admin (the role table, before any sheet exists). */
  grantFirstAdmin(email: string): void;
  /** Journals that grant (the Journal exists once the sheets are made). */
  journalFirstAdmin(email: string): void;
  /** Runs fn; a write refused by a sheet protection undoes fn's earlier writes, then the error goes on. */
  withRollback<T>(fn: () => T): T;
  /** Creates Pacte's missing sheets, columns, formats and protections, never touching data. */
  createSheets(): SetupReport;
  /** Paramètres › Rôles shows the role table again (a recreated or hand-edited view is rewritten). */
  rewriteRoleView(): void;
}
