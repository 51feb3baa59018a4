/** What the evaluation endpoints return (the sidebar's view is built from it). */
import type { ComplianceSplit } from '../commitments/compliance';
import type { DimensionGap, GridScore, Level, Ratings } from './grid';
import { DIMENSIONS, scoreGrid } from './grid';
import type { DataRecord } from '../schema/field';
import { text } from '../records/coerce';
import { ourKey } from './tables';

export interface EvaluationSummary {
  id: string;
  partnerId: string;
  partnerName: string;
  status: string;
  due: string;
  owner: string;
  decision: string;
  decidedOn: string;
  /** Our side's overall rating. */
  overall: Level | null;
}

export interface SatisfactionSnapshot {
  campaignId: string;
  submittedAt: string;
  /** Survey dimension label → 1–5. */
  scores: Record<string, number | null>;
  nps: number | null;
}

export interface EvaluationDetail extends EvaluationSummary {
  dimensions: { key: string; label: string; weight: number; critical: boolean; keyQuestions: readonly string[] }[];
  ours: { ratings: Ratings; comments: string; score: GridScore };
  partner: { ratings: Ratings; comments: string; score: GridScore; formUrl: string; answered: boolean };
  /** Who the partner's Form goes to (primary contact with an address first); null when no contact has one. */
  recipient: { name: string; email: string } | null;
  gaps: DimensionGap[];
  /** The partner's latest satisfaction answer; null when none, or hidden from this role (`hidden`). */
  satisfaction: SatisfactionSnapshot | null;
  satisfactionHidden: boolean;
  compliance: ComplianceSplit;
  justification: string;
  lessons: string;
  followUp: string;
  /** The closing report's Doc after a « Clore » decision ('' otherwise). */
  closingReportUrl: string;
  /** The partner's earlier evaluations, oldest first, and whether our overall rating improves. */
  history: EvaluationSummary[];
  trend: 'mieux' | 'stable' | 'moins bien' | null;
}

export function ourRatings(r: DataRecord): Ratings {
  const out: Ratings = {};
  for (const d of DIMENSIONS) {
    const v = text(r[ourKey(d.key)]);
    if (v) out[d.key] = v as Level;
  }
  return out;
}

export function summariseEvaluation(r: DataRecord): EvaluationSummary {
  return {
    id: text(r.id),
    partnerId: text(r.partnerId),
    partnerName: text(r.partnerName),
    status: text(r.status),
    due: text(r.due),
    owner: text(r.owner),
    decision: text(r.decision),
    decidedOn: text(r.decidedOn),
    overall: scoreGrid(ourRatings(r)).overall,
  };
}

const RANK: Record<Level, number> = { Vert: 0, Orange: 1, Rouge: 2 };

/** The overall rating now against the last decided evaluation's. */
export function trendOf(previous: EvaluationSummary | undefined, now: Level | null): EvaluationDetail['trend'] {
  if (!previous?.overall || !now) return null;
  const d = RANK[previous.overall] - RANK[now];
  return d > 0 ? 'mieux' : d < 0 ? 'moins bien' : 'stable';
}
