/**
 * The role table (e-mail → role), kept by Pacte outside any cell (see services/role-store.ts):
 * its parsing, its changes (validated: e-mail shape, known role, never the last admin removed)
 * and the read-only rows that show it in Paramètres › Rôles.
 */
import type { DataRecord } from '../schema/field';
import { ROLES } from '../schema/vocabulary';
import { foldText } from '../records/normalise';
import type { Role } from './settings';

export type RoleTable = Record<string, Role>;

export const ROLE_SECTION = 'Rôles';

/** Same shape as the e-mails of the sheets; one address, no display name. */
const EMAIL = /^[^\s@,;<>"'()[\]\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
const MAX_EMAIL = 254;

export class RoleChangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RoleChangeError';
  }
}

function knownRole(value: unknown): Role | null {
  return ROLES.find((r) => foldText(r) === foldText(String(value ?? ''))) ?? null;
}

function emailOf(value: unknown): string | null {
  const email = String(value ?? '')
    .trim()
    .toLowerCase();
  return email.length <= MAX_EMAIL && EMAIL.test(email) ? email : null;
}

/** The stored JSON → the table; anything not an e-mail with a known role is dropped. */
export function parseRoleTable(json: string): RoleTable {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return {};
  }
  const table: RoleTable = {};
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return table;
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const email = emailOf(key);
    const role = knownRole(value);
    if (email && role) table[email] = role;
  }
  return table;
}

/** Roles typed in Paramètres › Rôles before Pacte kept them itself: read once, for the migration. */
export function sheetRoles(rows: readonly DataRecord[]): RoleTable {
  const table: RoleTable = {};
  for (const r of rows) {
    if (foldText(String(r.section ?? '')) !== foldText(ROLE_SECTION)) continue;
    const email = emailOf(r.key);
    const role = knownRole(r.value);
    if (email && role) table[email] = role;
  }
  return table;
}

const admins = (table: RoleTable) => Object.values(table).filter((r) => r === 'admin').length;

function requireEmail(value: unknown): string {
  const email = emailOf(value);
  if (!email)
    throw new RoleChangeError(
      `Adresse e-mail : « ${String(value ?? '').slice(0, 80)} » n'est pas une adresse valide. Saisissez une seule adresse, par exemple prenom.nom@organisation.org.`,
    );
  return email;
}

/** The table with `email` given `role`; an admin cannot demote the last admin. */
export function withRole(table: RoleTable, emailInput: unknown, roleInput: unknown): { table: RoleTable; email: string; before: Role | null; role: Role } {
  const email = requireEmail(emailInput);
  const role = knownRole(roleInput);
  if (!role) throw new RoleChangeError(`Rôle : choisissez l'un des rôles ${ROLES.join(', ')}.`);
  const before = table[email] ?? null;
  const next = { ...table, [email]: role };
  if (before === 'admin' && admins(next) === 0)
    throw new RoleChangeError(`${email} est le dernier admin de Pacte : nommez d'abord un autre admin, sinon plus personne ne pourrait gérer les rôles.`);
  return { table: next, email, before, role };
}

/** The table without `email`; the last admin cannot be removed. */
export function withoutRole(table: RoleTable, emailInput: unknown): { table: RoleTable; email: string; before: Role } {
  const email = requireEmail(emailInput);
  const before = table[email];
  if (!before) throw new RoleChangeError(`${email} n'a pas de rôle dans Pacte : rien à retirer.`);
  const next = { ...table };
  delete next[email];
  if (before === 'admin' && admins(next) === 0)
    throw new RoleChangeError(`${email} est le dernier admin de Pacte : nommez d'abord un autre admin, sinon plus personne ne pourrait gérer les rôles.`);
  return { table: next, email, before };
}

/** Sorted as shown: by role (in the order of ROLES), then e-mail. */
export function roleEntries(table: RoleTable): { email: string; role: Role }[] {
  return Object.entries(table)
    .map(([email, role]) => ({ email, role }))
    .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.email.localeCompare(b.email));
}

export const ROLE_VIEW_NOTE = 'Lecture seule : les rôles se gèrent dans Pacte (écran Rôles, admin). Une modification faite ici est ignorée et effacée.';

/** Rows of Paramètres › Rôles, the read-only view of the table. */
export function roleViewRows(table: RoleTable): { section: string; key: string; value: string; note: string }[] {
  return roleEntries(table).map(({ email, role }, i) => ({ section: ROLE_SECTION, key: email, value: role, note: i === 0 ? ROLE_VIEW_NOTE : '' }));
}
