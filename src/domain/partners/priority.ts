/**
 * Priority score of a partner (0–100) and its Mendelow quadrant (power × interest).
 *
 * ## Quadrant
 * Power and interest are rated Faible / Moyen / Élevé. The matrix has two levels per axis, so
 * « Moyen » must fall on one side; we chose:
 * - **power**: only « Élevé » is high. A partner with medium power cannot on its own change our
 *   programmes; treating it as high would put most donors and ministries in the same box.
 * - **interest**: « Moyen » counts as high. A partner already somewhat interested is worth keeping
 *   informed; « Faible » only is low.
 *
 * | power \ interest | high (Moyen, Élevé) | low (Faible) |
 * | --- | --- | --- |
 * | high (Élevé)        | Gérer étroitement | Satisfaire |
 * | low (Faible, Moyen) | Informer          | Surveiller |
 *
 * Either rating missing → no quadrant ('').
 *
 * ## Score
 * Four components, each in [0, 1], weighted by the settings (section « Priorité », defaults
 * Alignement 35, Potentiel 25, Influence 25, Historique 15; weights are relative, divided by
 * their sum):
 * - alignment = alignment (0–5) / 5; potential = potential (0–5) / 5 (missing → 0);
 * - influence from the quadrant, power counting twice as much as interest:
 *   Gérer étroitement 1, Satisfaire 2/3, Informer 1/3, Surveiller 0 (no quadrant → 0);
 * - history = ½ · min(1, interactions in the last 12 months / 6) + ½ · min(1, active conventions / 2):
 *   one exchange every two months, or two running conventions, is a full history.
 *
 * score = round(100 × Σ weightᵢ × componentᵢ / Σ weightᵢ). A partner with neither alignment,
 * potential nor quadrant has not been assessed: its score is null (not 0).
 *
 * Example (default weights): alignment 4, potential 3, Satisfaire, 3 interactions, 1 convention →
 * (35 × 0.8 + 25 × 0.6 + 25 × 2/3 + 15 × 0.5) / 100 = 0.6717 → 67.
 */
import type { Quadrant } from '../contracts';
import type { CellData } from '../schema/field';
import { DEFAULT_PRIORITY_WEIGHTS, type PriorityWeights } from '../settings/settings';
import { foldText } from '../records/normalise';

export type { PriorityWeights };

export const QUADRANTS: readonly Quadrant[] = ['Gérer étroitement', 'Satisfaire', 'Informer', 'Surveiller'];

const INFLUENCE: Record<Quadrant, number> = { 'Gérer étroitement': 1, Satisfaire: 2 / 3, Informer: 1 / 3, Surveiller: 0 };

/** Interactions in 12 months, and active conventions, that make a full history. */
const FULL_HISTORY = { interactions: 6, conventions: 2 } as const;

function level(v: CellData | undefined): 'Faible' | 'Moyen' | 'Élevé' | null {
  const t = foldText(String(v ?? ''));
  if (t === 'faible') return 'Faible';
  if (t === 'moyen') return 'Moyen';
  if (t === 'eleve') return 'Élevé';
  return null;
}

/** Mendelow quadrant from power and interest (Faible / Moyen / Élevé); '' if either is missing. */
export function quadrantOf(power: CellData | undefined, interest: CellData | undefined): Quadrant | '' {
  const p = level(power);
  const i = level(interest);
  if (!p || !i) return '';
  const highPower = p === 'Élevé';
  const highInterest = i !== 'Faible';
  if (highPower) return highInterest ? 'Gérer étroitement' : 'Satisfaire';
  return highInterest ? 'Informer' : 'Surveiller';
}

interface PriorityInput {
  alignment: CellData | undefined;
  potential: CellData | undefined;
  power: CellData | undefined;
  interest: CellData | undefined;
  /** Interactions with the partner dated within the last 12 months. */
  interactions12m: number;
  /** Conventions with the partner currently signed or active. */
  activeConventions: number;
}

const rating = (v: CellData | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? Math.min(5, Math.max(0, v)) : null);

/** Weights as used: negative or non-numeric ones count as 0; all zero → the defaults. */
export function usableWeights(w: Partial<PriorityWeights> | undefined): PriorityWeights {
  const pick = (k: keyof PriorityWeights): number => {
    const v = w?.[k];
    return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0;
  };
  const out = { alignment: pick('alignment'), potential: pick('potential'), influence: pick('influence'), history: pick('history') };
  return out.alignment + out.potential + out.influence + out.history > 0 ? out : { ...DEFAULT_PRIORITY_WEIGHTS };
}

/** History component in [0, 1] (see the module comment). */
export function historyComponent(interactions12m: number, activeConventions: number): number {
  const i = Math.min(1, Math.max(0, interactions12m) / FULL_HISTORY.interactions);
  const c = Math.min(1, Math.max(0, activeConventions) / FULL_HISTORY.conventions);
  return 0.5 * i + 0.5 * c;
}

/** Priority score 0–100 (integer), or null when the partner has not been assessed at all. */
export function priorityScore(input: PriorityInput, weights?: Partial<PriorityWeights>): number | null {
  const alignment = rating(input.alignment);
  const potential = rating(input.potential);
  const quadrant = quadrantOf(input.power, input.interest);
  if (alignment === null && potential === null && quadrant === '') return null;
  const w = usableWeights(weights);
  const total = w.alignment + w.potential + w.influence + w.history;
  const sum =
    w.alignment * ((alignment ?? 0) / 5) +
    w.potential * ((potential ?? 0) / 5) +
    w.influence * (quadrant ? INFLUENCE[quadrant] : 0) +
    w.history * historyComponent(input.interactions12m, input.activeConventions);
  // The epsilon keeps x.5 exactly on the upper side despite float error (e.g. 0.675 × 100).
  return Math.round((100 * sum) / total + 1e-9);
}
