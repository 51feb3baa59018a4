/**
 * What crosses google.script.run between the sidebar and the server: plain JSON only
 * (dates as "YYYY-MM-DD", amounts in the record's currency). One file, so the server
 * functions and the sidebar are written against the same shapes.
 */
import type { CellData } from './schema/field';

/** A record as the sidebar edits it: field key → value (see schema/tables.ts for keys). */
export type RecordInput = Record<string, CellData>;

export type Quadrant = 'Gérer étroitement' | 'Satisfaire' | 'Informer' | 'Surveiller';

export interface PartnerSummary {
  id: string;
  name: string;
  acronym: string;
  type: string;
  category: string;
  stage: string;
  region: string;
  owner: string;
  nextAction: string;
  nextDue: string;
  /** 0–100, see domain/partners/priority.ts */
  priority: number | null;
  quadrant: Quadrant | '';
}

export interface ContactSummary {
  id: string;
  partnerId: string;
  name: string;
  role: string;
  email: string;
  phone: string;
  primary: boolean;
}

export interface InteractionSummary {
  id: string;
  date: string;
  partnerId: string;
  opportunityId: string;
  type: string;
  summary: string;
  decisions: string;
  nextSteps: string;
  nextDue: string;
}

export interface OpportunityCard {
  id: string;
  partnerId: string;
  partnerName: string;
  partnerType: string;
  title: string;
  stage: string;
  amount: number | null;
  currency: string;
  /** Amount converted to FCFA (EUR at 655,957; others at the dated rate of Paramètres). */
  amountXof: number | null;
  probability: number | null;
  decisionDate: string;
  nextAction: string;
  nextDue: string;
  owner: string;
  axis: string;
  /** Next action due before today (in the spreadsheet's time zone). */
  overdue: boolean;
}

export interface BoardColumn {
  stage: string;
  count: number;
  /** Sum of amountXof. */
  total: number;
  /** Sum of amountXof × probability / 100. */
  weighted: number;
  /** Overdue cards first, then by next due date. */
  cards: OpportunityCard[];
}

export interface BoardFilter {
  owner?: string;
  partnerType?: string;
  axis?: string;
}

export interface Board {
  /** "YYYY-MM-DD" in the spreadsheet's time zone. */
  today: string;
  columns: BoardColumn[];
  /** Values present in the data, for the filter dropdowns. */
  owners: string[];
  partnerTypes: string[];
  axes: string[];
}

export interface DueDiligenceSummary {
  id: string;
  scores: Record<string, number | null>;
  /** 0–100 weighted score; a critical weakness caps it (see domain/partners/due-diligence.ts). */
  score: number | null;
  /** Criteria rated at or below the critical threshold, named in French. */
  weaknesses: string[];
  decision: string;
  decidedBy: string;
  decidedOn: string;
  comment: string;
}

export interface StageChange {
  stage: string;
  at: string;
  by: string;
}

export interface PartnerDetail {
  partner: RecordInput & { id: string };
  contacts: ContactSummary[];
  interactions: InteractionSummary[];
  opportunities: OpportunityCard[];
  analysis: DueDiligenceSummary | null;
  /** Lifecycle history from the Journal, oldest first. */
  stageHistory: StageChange[];
  /** Stages the partner may move to now, and why the others are refused (French). */
  allowedStages: string[];
  blockedStages: Record<string, string>;
}

export interface DuplicateMatch {
  id: string;
  name: string;
  acronym: string;
  /** Which field matched: 'nom', 'sigle' or 'email'. */
  reason: string;
}

export interface SaveResult {
  id: string;
}

export interface MyWeekItem {
  kind: 'opportunité' | 'partenaire' | 'engagement' | 'interaction';
  id: string;
  title: string;
  partnerName: string;
  due: string;
  overdue: boolean;
}

export interface MyWeek {
  today: string;
  user: string;
  items: MyWeekItem[];
}

export interface CartographyCell {
  count: number;
  partners: string[];
}

export interface Cartography {
  types: string[];
  categories: string[];
  /** byTypeCategory[type][category] */
  byTypeCategory: Record<string, Record<string, CartographyCell>>;
  byQuadrant: Record<Quadrant, CartographyCell>;
  unclassified: number;
}

export interface ImportPreview {
  headers: string[];
  /** Source header → Pacte field key ('' = ignored). */
  mapping: Record<string, string>;
  /** Pacte fields that can be mapped: key and French label. */
  fields: { key: string; header: string; required: boolean }[];
  total: number;
  valid: number;
  rows: { line: number; values: Record<string, string>; errors: string[]; duplicateOf: string; duplicateOfLine?: number }[];
  /** Rows that duplicate an existing partner or an earlier row of the source. */
  duplicates?: number;
  /** Rows with at least one error. */
  invalid?: number;
  /** Required Pacte fields no column is mapped to (French headers). */
  missingFields?: string[];
  /** CSV separator detected (',', ';' or tab). */
  separator?: string;
}

export interface ImportResult {
  created: number;
  skippedDuplicates: number;
  errors: string[];
  ids: string[];
  /** Every row not created, with its source line, the reason (French) and what the user typed. */
  skipped?: { line: number; reason: string; values: Record<string, string> }[];
}

export interface DocumentLink {
  name: string;
  url: string;
}
