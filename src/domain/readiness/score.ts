/**
 * Scores of a readiness assessment and the risk rating donors use (HACT: faible, modéré,
 * significatif, élevé). A question scores 1 for Oui, ½ for Partiellement, 0 for Non; Sans objet
 * and unanswered questions are left out. An area's score is the share of its points (0–100); the
 * overall score is the areas' weighted average (areas with nothing scored left out). Thresholds:
 * ≥ 85 faible, ≥ 70 modéré, ≥ 50 significatif, below élevé — and a critical question answered Non
 * caps the rating at « significatif », so a missing audit is never averaged away.
 */
import { AREAS, type Answer } from './grid';

export const RISK_LEVELS = ['Faible', 'Modéré', 'Significatif', 'Élevé'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Lowest overall score of each rating, best first (Élevé below the last). */
export const RISK_THRESHOLDS: readonly { level: RiskLevel; min: number }[] = [
  { level: 'Faible', min: 85 },
  { level: 'Modéré', min: 70 },
  { level: 'Significatif', min: 50 },
];

export type Answers = Readonly<Record<string, Answer | undefined>>;

const POINTS: Record<Answer, number | null> = { Oui: 1, Partiellement: 0.5, Non: 0, 'Sans objet': null };

export interface AreaScore {
  key: string;
  label: string;
  weight: number;
  /** 0–100, null when no question of the area is scored. */
  score: number | null;
  answered: number;
  questions: number;
}

export interface ReadinessScore {
  areas: AreaScore[];
  overall: number | null;
  risk: RiskLevel | null;
  /** Codes of the critical questions answered Non (they cap the rating). */
  criticalGaps: string[];
  /** Every question answered (Sans objet counts as an answer). */
  complete: boolean;
}

export function riskOf(score: number): RiskLevel {
  return RISK_THRESHOLDS.find((t) => score >= t.min)?.level ?? 'Élevé';
}

const rank = (r: RiskLevel) => RISK_LEVELS.indexOf(r);

export function scoreReadiness(answers: Answers, weights: Readonly<Record<string, number>> = {}): ReadinessScore {
  let weighted = 0;
  let totalWeight = 0;
  const criticalGaps: string[] = [];
  const areas = AREAS.map((area): AreaScore => {
    const weight = weights[area.key] ?? area.weight;
    let points = 0;
    let scored = 0;
    let answered = 0;
    for (const question of area.questions) {
      const answer = answers[question.code];
      if (!answer) continue;
      answered += 1;
      if (answer === 'Non' && question.critical) criticalGaps.push(question.code);
      const p = POINTS[answer];
      if (p === null) continue;
      points += p;
      scored += 1;
    }
    const score = scored ? Math.round((100 * points) / scored) : null;
    if (score !== null && weight > 0) {
      weighted += weight * score;
      totalWeight += weight;
    }
    return { key: area.key, label: area.label, weight, score, answered, questions: area.questions.length };
  });
  const overall = totalWeight ? Math.round(weighted / totalWeight) : null;
  let risk = overall === null ? null : riskOf(overall);
  if (risk && criticalGaps.length && rank(risk) < rank('Significatif')) risk = 'Significatif';
  return { areas, overall, risk, criticalGaps, complete: areas.every((a) => a.answered === a.questions) };
}
