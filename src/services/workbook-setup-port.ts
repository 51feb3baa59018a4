/** The set-up port (app/ports/setup.ts) over the role table, the sheets' creation and the write guard. */
import { appendJournal } from './journal';
import { currentRoles, rewriteRoleView, roleJournal, saveRoles } from './role-store';
import type { StoreContext } from './store-context';
import { setUpWorkbook } from './workbook-setup';
import { withRollback } from './write-guard';

/** `freshForCaller`: the frame's ownership rule (server/frame/ownership.ts), decided when asked. */
export function workbookSetupFor(ctx: StoreContext, freshForCaller: () => boolean) {
  return {
    freshForCaller,
    grantFirstAdmin(email: string): void {
      saveRoles(ctx, { [email]: 'admin' }, [], { from: 'initialisation', by: ctx.user, at: ctx.stamp() });
    },
    journalFirstAdmin(email: string): void {
      appendJournal(ctx, [roleJournal(email, 'rôle attribué (initialisation)', '', 'admin')]);
    },
    withRollback: <T>(fn: () => T): T => withRollback(ctx, fn),
    createSheets: () => setUpWorkbook(ctx, ctx.spreadsheet.getName()),
    rewriteRoleView: (): void => rewriteRoleView(ctx, currentRoles(ctx)),
  };
}
