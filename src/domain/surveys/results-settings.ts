/**
 * Section « Enquêtes » of Paramètres, as the survey results read it: the low-score threshold that
 * creates a follow-up on the partner, and the roles allowed to see each partner's own answers.
 */
import { ROLES } from '../schema/vocabulary';
import { foldText, parseFrenchNumber } from '../records/normalise';

type Role = (typeof ROLES)[number];

const SURVEY_SECTION = 'Enquêtes';
const LOW_SCORE_KEY = 'Seuil de score faible';
const DETAIL_ROLES_KEY = 'Rôles autorisés à voir les réponses individuelles';
export const DEFAULT_LOW_SCORE_THRESHOLD = 2.5;
export const DEFAULT_DETAIL_ROLES: readonly Role[] = ['admin', 'DG'];

export interface SurveySettings {
  /** A partner whose mean score in a campaign is below this (1–5) gets a follow-up action. */
  lowScoreThreshold: number;
  /** Roles that see per-partner results (byPartner). */
  detailRoles: Role[];
}

export const isSurveySection = (section: string): boolean => foldText(section) === foldText(SURVEY_SECTION);

/** Reads the rows of section « Enquêtes » (clé, valeur); unreadable values keep the defaults. */
export function parseSurveySettings(rows: readonly { key: string; value: string }[]): SurveySettings {
  const out: SurveySettings = { lowScoreThreshold: DEFAULT_LOW_SCORE_THRESHOLD, detailRoles: [...DEFAULT_DETAIL_ROLES] };
  let roles: Role[] | null = null;
  for (const { key, value } of rows) {
    const k = foldText(key);
    if (k.startsWith('seuil')) {
      const n = parseFrenchNumber(value);
      if (n !== null && n >= 1 && n <= 5) out.lowScoreThreshold = n;
    } else if (k.startsWith('roles')) {
      roles ??= [];
      for (const v of value.split(/[,;]/)) {
        const role = ROLES.find((r) => foldText(r) === foldText(v));
        if (role && !roles.includes(role)) roles.push(role);
      }
    }
  }
  if (roles && roles.length) out.detailRoles = roles;
  return out;
}

export function defaultSurveySettingsRows(): Record<string, string>[] {
  return [
    {
      section: SURVEY_SECTION,
      key: LOW_SCORE_KEY,
      value: String(DEFAULT_LOW_SCORE_THRESHOLD).replace('.', ','),
      note: "Score moyen (1 à 5) d'un partenaire sous lequel Pacte crée une action de suivi sur sa fiche",
    },
    {
      section: SURVEY_SECTION,
      key: DETAIL_ROLES_KEY,
      value: DEFAULT_DETAIL_ROLES.join(', '),
      note: 'Rôles qui voient les scores de chaque partenaire (les autres voient les moyennes par type)',
    },
  ];
}
