/**
 * Sidebar API, admin only: the role table (who may do what in Pacte). The one way to change a role;
 * Paramètres › Rôles is rewritten after each change as a read-only view. Takes effect at the
 * person's next call (the table is read on every call).
 */
import type { RoleList } from '../../domain/contracts';
import { ROLES } from '../../domain/schema/vocabulary';
import { roleEntries, withoutRole, withRole, type RoleTable } from '../../domain/settings/roles';
import { currentRoles, roleJournal, saveRoles } from '../../services/role-store';
import { serve } from '../frame/endpoint';

function list_(table: RoleTable, user: string): RoleList {
  return { entries: roleEntries(table), roles: [...ROLES], you: user.toLowerCase() };
}

export const listRoles = serve('listRoles', ({ ctx, settings }): RoleList => list_(settings.roles, ctx.user));

/** Gives `email` the role `role` (or changes it); the last admin cannot be demoted. */
export const setRole = serve('setRole', ({ ctx }, email, role): RoleList => {
  // Re-read under the lock: another admin may have changed the table since the role check.
  const change = withRole(currentRoles(ctx), email, role);
  if (change.before !== change.role)
    saveRoles(ctx, change.table, [roleJournal(change.email, change.before ? 'rôle modifié' : 'rôle attribué', change.before ?? '', change.role)]);
  return list_(change.table, ctx.user);
});

/** Removes `email`'s role; the last admin cannot be removed. A second click finds it gone and changes nothing. */
export const removeRole = serve('removeRole', ({ ctx }, email): RoleList => {
  const table = currentRoles(ctx);
  if (!table[email.toLowerCase()]) return list_(table, ctx.user);
  const change = withoutRole(table, email);
  saveRoles(ctx, change.table, [roleJournal(change.email, 'rôle retiré', change.before, '')]);
  return list_(change.table, ctx.user);
});
