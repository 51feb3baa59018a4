/** Who may do what: roles come from Paramètres; an unknown or anonymous user may do nothing. */
import type { Role, Settings } from './settings';

export class AccessDeniedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccessDeniedError';
  }
}

export const READERS: readonly Role[] = ['admin', 'chargé', 'juridique', 'DAF', 'DG', 'SG', 'lecteur'];
export const EDITORS: readonly Role[] = ['admin', 'chargé'];
export const ADMINS: readonly Role[] = ['admin'];

function roleOf(settings: Settings, email: string): Role | null {
  return email ? (settings.roles[email.toLowerCase()] ?? null) : null;
}

export function requireRole(settings: Settings, email: string, allowed: readonly Role[]): Role {
  if (!email) {
    throw new AccessDeniedError(
      "Pacte ne peut pas identifier votre compte Google (adresse non communiquée). Connectez-vous avec le compte de l'organisation ou demandez à l'administrateur de vous ajouter dans Paramètres → Rôles.",
    );
  }
  const role = roleOf(settings, email);
  if (!role)
    throw new AccessDeniedError(
      `Accès refusé : ${email} n'a pas de rôle dans Paramètres → Rôles. Demandez à l'administrateur de Pacte de vous en attribuer un.`,
    );
  if (!allowed.includes(role)) throw new AccessDeniedError(`Accès refusé : cette action est réservée aux rôles ${allowed.join(', ')} (votre rôle : ${role}).`);
  return role;
}
