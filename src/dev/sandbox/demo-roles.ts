/** Roles given by the administrator, as the Rôles screen would: into Pacte's role table (never typed into a cell). */
import { withRole, type RoleTable } from '../../domain/settings/roles';
import { currentRoles, roleJournal, saveRoles } from '../../services/role-store';
import { withDocumentLock } from '../../services/lock';
import type { StoreContext } from '../../services/store-context';

export function grantRoles(ctx: StoreContext, roles: readonly (readonly [string, string])[]): void {
  withDocumentLock(() => {
    let table: RoleTable = currentRoles(ctx);
    const changes = roles.map(([email, role]) => {
      const next = withRole(table, email, role);
      table = next.table;
      return roleJournal(next.email, 'rôle attribué', next.before ?? '', next.role);
    });
    saveRoles(ctx, table, changes);
  });
}
