/**
 * The role table (who may do what in Pacte), admin only. The one way to change a role;
 * Paramètres › Rôles is rewritten after each change as a read-only view. Takes effect at the
 * person's next call (the table is read on every call).
 */
import type { RoleList } from '../domain/contracts';
import { ROLES } from '../domain/schema/vocabulary';
import { roleEntries, withoutRole, withRole, type RoleTable } from '../domain/settings/roles';
import type { Ports } from './ports';

function list(table: RoleTable, user: string): RoleList {
  return { entries: roleEntries(table), roles: [...ROLES], you: user.toLowerCase() };
}

/** The table as read for this call's role check. */
export function listRoles(ports: Ports, roles: RoleTable): RoleList {
  return list(roles, ports.store.user);
}

/** Gives `email` the role `role` (or changes it); the last admin cannot be demoted. */
export function setRole(ports: Ports, email: string, role: string): RoleList {
  // Re-read under the lock: another admin may have changed the table since the role check.
  const change = withRole(ports.roleTable.current(), email, role);
  if (change.before !== change.role)
    ports.roleTable.save(change.table, [
      { email: change.email, action: change.before ? 'rôle modifié' : 'rôle attribué', before: change.before ?? '', after: change.role },
    ]);
  return list(change.table, ports.store.user);
}

/** Removes `email`'s role; the last admin cannot be removed. A second click finds it gone and changes nothing. */
export function removeRole(ports: Ports, email: string): RoleList {
  const table = ports.roleTable.current();
  if (!table[email.toLowerCase()]) return list(table, ports.store.user);
  const change = withoutRole(table, email);
  ports.roleTable.save(change.table, [{ email: change.email, action: 'rôle retiré', before: change.before, after: '' }]);
  return list(change.table, ports.store.user);
}
