/**
 * Paramètres › « Auto-évaluation »: one row per area of the readiness grid (clé = the area's
 * label, valeur = its weight). A row missing or unreadable keeps the area's default weight.
 */
import { foldText, parseFrenchNumber } from '../records/normalise';
import { AREAS } from './grid';

export const READINESS_SECTION = 'Auto-évaluation';

export const isReadinessSection = (section: string): boolean => foldText(section) === foldText(READINESS_SECTION);

export function parseReadinessWeights(rows: readonly { key: string; value: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { key, value } of rows) {
    const area = AREAS.find((a) => foldText(a.label) === foldText(key));
    const n = parseFrenchNumber(value);
    if (area && value !== '' && n !== null && n >= 0) out[area.key] = n;
  }
  return out;
}

export function defaultReadinessRows(): Record<string, string>[] {
  return AREAS.map((a, i) => ({
    section: READINESS_SECTION,
    key: a.label,
    value: String(a.weight),
    note: i === 0 ? 'Poids du domaine dans le score global de l’auto-évaluation (les poids sont relatifs : 30 pèse deux fois 15)' : '',
  }));
}
