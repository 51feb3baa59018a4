/** Who may do what: roles come from Pacte's role table (never a cell); an unknown or anonymous user may do nothing. */
import { DEFAULT_APPROVAL_ROLES, type Role, type Settings } from './settings';
import type { RoleTable } from './roles';

export class AccessDeniedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccessDeniedError';
  }
}

export const READERS: readonly Role[] = ['admin', 'chargé', 'juridique', 'DAF', 'DG', 'SG', 'lecteur'];
export const EDITORS: readonly Role[] = ['admin', 'chargé'];
export const ADMINS: readonly Role[] = ['admin'];

export const BLANK_USER_MESSAGE =
  "Pacte ne peut pas identifier votre compte Google (adresse non communiquée). Connectez-vous avec le compte de l'organisation ou demandez à l'administrateur de Pacte de vous attribuer un rôle.";

export function requireRole(roles: RoleTable, email: string, allowed: readonly Role[]): Role {
  if (!email) throw new AccessDeniedError(BLANK_USER_MESSAGE);
  const role = roles[email.toLowerCase()] ?? null;
  if (!role)
    throw new AccessDeniedError(
      `Accès refusé : ${email} n'a pas de rôle dans Pacte. Demandez à l'administrateur de Pacte de vous en attribuer un (Pacte → Rôles).`,
    );
  if (!allowed.includes(role)) throw new AccessDeniedError(`Accès refusé : cette action est réservée aux rôles ${allowed.join(', ')} (votre rôle : ${role}).`);
  return role;
}

/** Who may record a due-diligence analysis: the editors and Paramètres › Approbation's roles. */
export function analysisRoles(settings: Settings): Role[] {
  return [...new Set([...EDITORS, ...(settings.approvalRoles ?? DEFAULT_APPROVAL_ROLES)])];
}
