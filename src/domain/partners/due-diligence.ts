/**
 * Due-diligence grid (sheet Analyses): six criteria rated 1–5, a weighted score 0–100, and the
 * critical weaknesses that no number of good answers can average away.
 *
 * In the manner of UN HACT (Harmonized Approach to Cash Transfers) micro-assessments:
 * - **Key criteria** — legal status, governance, financial health — weigh **2**; reputation,
 *   alignment and risks weigh **1**. Each rating r (1–5) counts as (r − 1) / 4, so 1 → 0 % and 5 → 100 %.
 * - score = round(100 × Σ weight × (r − 1) / 4 / Σ weight), over the criteria rated (null when none is).
 * - **Critical weakness**: a key criterion rated ≤ 2 (CRITICAL_THRESHOLD). Then the score is capped at
 *   40 (SCORE_CAP), whatever the other answers: e.g. all 5 but financial health 2 would average 83,
 *   and scores 40.
 * - `weaknesses` lists every criterion rated ≤ 2 (French labels); `critical` those that cap the score.
 * - « Risques » is rated like the others: 5 = risks low or well controlled, 1 = serious unmitigated risks.
 *
 * Decisions (Approuvé / À revoir / Refusé) are taken by the roles of Paramètres › Approbation. An
 * « Approuvé » needs the three key criteria rated, and a comment when a critical weakness remains
 * (the approver records why the risk is accepted).
 *
 * The same grid serves the organisation's own readiness self-assessment before a donor's due
 * diligence: record the organisation as a partner and analyse it like any other.
 */
import type { DueDiligenceSummary } from '../contracts';
import type { DataRecord, FieldKey } from '../schema/field';
import type { ANALYSES } from '../schema/tables';
import { rawText } from '../records/coerce';

interface Criterion {
  key: FieldKey<typeof ANALYSES>;
  label: string;
  weight: number;
  /** Key criterion (HACT): weighs more, and a rating ≤ 2 caps the score. */
  isKey: boolean;
}

export const CRITERIA: readonly Criterion[] = [
  { key: 'legal', label: 'Statut juridique', weight: 2, isKey: true },
  { key: 'governance', label: 'Gouvernance', weight: 2, isKey: true },
  { key: 'finance', label: 'Santé financière', weight: 2, isKey: true },
  { key: 'reputation', label: 'Réputation', weight: 1, isKey: false },
  { key: 'alignment', label: 'Alignement', weight: 1, isKey: false },
  { key: 'risks', label: 'Risques', weight: 1, isKey: false },
];

export const CRITERION_KEYS: readonly FieldKey<typeof ANALYSES>[] = CRITERIA.map((c) => c.key);
const CRITICAL_THRESHOLD = 2;
const SCORE_CAP = 40;

interface DueDiligenceResult {
  score: number | null;
  /** Criteria rated ≤ CRITICAL_THRESHOLD (French labels). */
  weaknesses: string[];
  /** Key criteria among them: they cap the score. */
  critical: string[];
  /** Every key criterion is rated. */
  keyCriteriaRated: boolean;
}

const rated = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function assessDueDiligence(scores: Readonly<Record<string, unknown>>): DueDiligenceResult {
  let sum = 0;
  let weights = 0;
  const weaknesses: string[] = [];
  const critical: string[] = [];
  let keyCriteriaRated = true;
  for (const c of CRITERIA) {
    const r = rated(scores[c.key]);
    if (r === null) {
      if (c.isKey) keyCriteriaRated = false;
      continue;
    }
    sum += c.weight * ((r - 1) / 4);
    weights += c.weight;
    if (r <= CRITICAL_THRESHOLD) {
      weaknesses.push(c.label);
      if (c.isKey) critical.push(c.label);
    }
  }
  if (weights === 0) return { score: null, weaknesses, critical, keyCriteriaRated };
  let score = Math.round((100 * sum) / weights + 1e-9);
  if (critical.length) score = Math.min(score, SCORE_CAP);
  return { score, weaknesses, critical, keyCriteriaRated };
}

/**
 * Why a decision cannot be recorded on these scores (French), or null. The role check is the
 * caller's (it depends on Paramètres).
 */
export function decisionProblem(decision: string, result: DueDiligenceResult, comment: string): string | null {
  if (decision !== 'Approuvé') return null;
  if (!result.keyCriteriaRated) {
    const missing = CRITERIA.filter((c) => c.isKey).map((c) => c.label);
    return `Analyse : pour approuver, notez d'abord les critères clés (${missing.join(', ')}).`;
  }
  if (result.critical.length && comment.trim() === '') {
    return `Analyse, colonne « Commentaire » : une approbation malgré ${result.critical.length > 1 ? 'les faiblesses critiques' : 'la faiblesse critique'} (${result.critical.join(', ')}) doit être justifiée par un commentaire.`;
  }
  return null;
}

/** An Analyses row as the sidebar shows it (score recomputed, so a hand-edited rating is reflected). */
export function summariseAnalysis(record: DataRecord): DueDiligenceSummary & { critical: string[] } {
  const scores: Record<string, number | null> = {};
  for (const k of CRITERION_KEYS) scores[k] = rated(record[k]);
  const result = assessDueDiligence(scores);
  return {
    id: rawText(record.id),
    scores,
    score: result.score,
    weaknesses: result.weaknesses,
    critical: result.critical,
    decision: rawText(record.decision),
    decidedBy: rawText(record.decidedBy),
    decidedOn: rawText(record.decidedOn),
    comment: rawText(record.comment),
  };
}

/** The latest analysis of a partner: the last row of Analyses with this partner ID (rows are appended). */
export function latestAnalysis(rows: readonly DataRecord[], partnerId: string): DataRecord | null {
  for (let i = rows.length - 1; i >= 0; i--) if (rawText(rows[i].partnerId) === partnerId) return rows[i];
  return null;
}

export function isApproved(analysis: DataRecord | null): boolean {
  return analysis !== null && rawText(analysis.decision) === 'Approuvé';
}
