/** The organisation's settings, as kept in the Paramètres sheet (section, clé, valeur). */
import type { DataRecord } from '../schema/field';
import { ROLES } from '../schema/vocabulary';
import { foldText } from '../records/normalise';

export type Role = (typeof ROLES)[number];

export interface Settings {
  /** email (lower case) → role. */
  roles: Record<string, Role>;
  currency: string;
  strategicAxes: string[];
  organisation: string;
}

export const ROLE_SECTION = 'Rôles';
export const GENERAL_SECTION = 'Général';
export const AXES_SECTION = 'Axes stratégiques';

export function parseSettings(rows: readonly DataRecord[]): Settings {
  const s: Settings = { roles: {}, currency: 'XOF', strategicAxes: [], organisation: '' };
  for (const r of rows) {
    const section = foldText(String(r.section ?? ''));
    const key = String(r.key ?? '').trim();
    const value = String(r.value ?? '').trim();
    if (section === foldText(ROLE_SECTION)) {
      const role = ROLES.find((x) => foldText(x) === foldText(value));
      if (role && key) s.roles[key.toLowerCase()] = role;
    } else if (section === foldText(AXES_SECTION) && value) {
      s.strategicAxes.push(value);
    } else if (section === foldText(GENERAL_SECTION)) {
      if (foldText(key) === 'devise' && value) s.currency = value;
      if (foldText(key) === 'organisation') s.organisation = value;
    }
  }
  return s;
}

/** Default rows written by "Initialiser le classeur": the person initialising becomes admin. */
export function defaultSettingsRows(adminEmail: string, organisation: string): Record<string, string>[] {
  return [
    { section: GENERAL_SECTION, key: 'Organisation', value: organisation, note: 'Nom affiché dans les documents et rapports' },
    { section: GENERAL_SECTION, key: 'Devise', value: 'XOF', note: 'Montants en francs CFA (1 EUR = 655,957 XOF)' },
    { section: ROLE_SECTION, key: adminEmail, value: 'admin', note: `Rôles possibles : ${ROLES.join(', ')}` },
    { section: AXES_SECTION, key: 'Axe 1', value: 'Gouvernance et citoyenneté active', note: 'Axes du plan stratégique, modifiables' },
    { section: AXES_SECTION, key: 'Axe 2', value: 'Cohésion sociale et paix', note: '' },
    { section: AXES_SECTION, key: 'Axe 3', value: 'Lutte contre la corruption', note: '' },
    { section: AXES_SECTION, key: 'Axe 4', value: 'Accès aux services sociaux de base', note: '' },
    { section: AXES_SECTION, key: 'Axe 5', value: 'Leadership des jeunes et des femmes', note: '' },
    { section: AXES_SECTION, key: 'Axe 6', value: 'Développement organisationnel', note: '' },
  ].filter((r) => r.key !== '');
}
