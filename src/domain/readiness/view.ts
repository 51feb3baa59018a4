/** What the sidebar's « Auto-évaluation » view receives (the result shapes of src/app/readiness.ts). */
import type { Answer } from './grid';
import type { ReadinessScore, RiskLevel } from './score';
import type { GapPriority } from './gap-plan';
import type { DocumentStatus } from './documents';

export interface GridArea {
  key: string;
  label: string;
  weight: number;
  questions: { code: string; text: string; critical: boolean }[];
}

export interface GapLine {
  id: string;
  questionCode: string;
  areaLabel: string;
  action: string;
  priority: GapPriority;
  owner: string;
  due: string;
  status: string;
}

export interface AssessmentDetail {
  id: string;
  date: string;
  /** '' for our own organisation. */
  partnerId: string;
  subject: string;
  status: string;
  owner: string;
  answers: Record<string, { answer: Answer; evidence: string }>;
  score: ReadinessScore;
  plan: GapLine[];
}

export interface AssessmentSummary {
  id: string;
  date: string;
  status: string;
  overall: number | null;
  risk: RiskLevel | null;
}

export interface DocumentLine {
  /** '' while the document has no row yet (listed from the standard checklist). */
  id: string;
  document: string;
  fileUrl: string;
  issuedOn: string;
  expiresOn: string;
  status: DocumentStatus;
}

export interface ReadinessOverview {
  today: string;
  partnerId: string;
  subject: string;
  areas: GridArea[];
  /** The assessment in progress, else the last finished one; null when none yet. */
  assessment: AssessmentDetail | null;
  history: AssessmentSummary[];
  /** Our organisation's checklist (empty for a sub-partner). */
  documents: DocumentLine[];
}
