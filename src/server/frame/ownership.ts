/**
 * Who owns the workbook. Only a truly fresh workbook — no role table in document properties, none
 * ever recorded, and no Pacte sheet — lets its first caller become admin: a missing or renamed
 * Paramètres never re-initialises ownership, since the roles live outside the sheets.
 */
import { ADMINS, AccessDeniedError, BLANK_USER_MESSAGE, requireRole } from '../../domain/settings/access';
import { ALL_TABLES } from '../../domain/schema/tables';
import { currentRoles, rolesRecorded } from '../../services/role-store';
import type { StoreContext } from '../../services/store-context';

/** True on a fresh workbook (the caller may set it up); otherwise refuses anyone but an admin. */
export function requireAdminOrFresh_(ctx: StoreContext): boolean {
  const roles = currentRoles(ctx); // a workbook from before is migrated here, once
  if (Object.keys(roles).length === 0 && !rolesRecorded()) {
    const pacteSheets = new Set(ALL_TABLES.map((t) => t.sheetName));
    const found = ctx.spreadsheet
      .getSheets()
      .map((s) => s.getName())
      .filter((n) => pacteSheets.has(n));
    if (found.length === 0) {
      if (!ctx.user) throw new AccessDeniedError(BLANK_USER_MESSAGE);
      return true;
    }
    throw new AccessDeniedError(
      `Accès refusé : ce classeur contient déjà des feuilles de Pacte (${found.slice(0, 3).join(', ')}…) mais Pacte n'y trouve aucun rôle. ` +
        'Rendez son nom à la feuille « Paramètres » (avec ses rôles) puis relancez ; personne ne devient admin d’un classeur existant par cette commande.',
    );
  }
  requireRole(roles, ctx.user, ADMINS);
  return false;
}
