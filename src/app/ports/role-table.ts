/** The role table, kept where an editor of the workbook cannot change it by typing in a cell. */
import type { RoleTable } from '../../domain/settings/roles';

/** One change of the table as the Journal shows it (« rôle attribué », '' → « chargé »). */
export interface RoleChange {
  email: string;
  action: string;
  before: string;
  after: string;
}

export interface RoleTablePort {
  /** The table as stored now (read again under the lock: another admin may have changed it). */
  current(): RoleTable;
  /** Stores the table, journals the changes and rewrites Paramètres › Rôles, its read-only view. */
  save(table: RoleTable, changes: readonly RoleChange[]): void;
}
