/**
 * What crosses google.script.run between the sidebar and the server: plain JSON only
 * (dates as "YYYY-MM-DD", amounts in the record's currency). One file, so the server
 * functions and the sidebar are written against the same shapes.
 */
import type { PartnerLoyaltyAction } from '../events/view';
import type { CellData } from '../schema/field';
import type { JobOutcome } from '../jobs/schedule';
import type { Verdict } from '../diagnostic/verdicts';
import type { CampaignProgress } from '../surveys/campaign';
export type { CampaignProgress };
import type { Role } from '../settings/settings';
import type { EndpointName } from './api';
import type { TemplateKey } from '../templates/defaults';
import type { ClauseProposal } from '../commitments/clause-reader';
import type { KpiValue, Period as KpiPeriod } from '../kpi/model';
export type { ClauseProposal };

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

/** One page of partners matching a search (name, acronym, type, category, region, owner, ID, or one of their contacts). */
export interface PartnerPage {
  items: PartnerHit[];
  /** Partners matching the query (all partners when it is empty). */
  total: number;
  /** Partners in the sheet. */
  all: number;
  offset: number;
}

/** A partner found by a search, with the names of its contacts that matched (none when the partner itself did). */
export interface PartnerHit extends PartnerSummary {
  matchedContacts: string[];
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
  /** The name of the partner's relay (« Introduit par »), '' when none. */
  relay: string;
  /** Next action due before today (in the spreadsheet's time zone). */
  overdue: boolean;
  /** What is wrong in this row of the sheet (typed by hand), named by sheet, row and column; absent when nothing is. */
  problems?: string[];
}

export interface BoardColumn {
  stage: string;
  count: number;
  /** Sum of amountXof. */
  total: number;
  /** Sum of amountXof × probability / 100. */
  weighted: number;
  /** The first cards (overdue first, then by next due date); `count` says how many there are in all. */
  cards: OpportunityCard[];
}

/** More cards of one column, from `offset` in the column's order. */
export interface BoardCards {
  stage: string;
  count: number;
  cards: OpportunityCard[];
}

export interface BoardFilter {
  owner?: string;
  partnerType?: string;
  axis?: string;
  /** Opportunities of the partners this relay introduced (its name). */
  relay?: string;
  /** Cards sent per column (the counts and totals cover them all); default BOARD_PAGE. */
  limit?: number;
}

export interface Board {
  /** "YYYY-MM-DD" in the spreadsheet's time zone. */
  today: string;
  columns: BoardColumn[];
  /** Values present in the data, for the filter dropdowns. */
  owners: string[];
  partnerTypes: string[];
  axes: string[];
  /** Relays that introduced a partner with an opportunity (names). */
  relays: string[];
  /** Opportunities whose « Étape » (typed by hand) is no pipeline stage: in no column, shown to be corrected. */
  unplaced?: OpportunityCard[];
  /** How many such rows in all (`unplaced` holds the first `limit`). */
  unplacedCount?: number;
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
  /** The partner who introduced this one (« Introduit par »), named; null when none. */
  relay: { id: string; name: string } | null;
  contacts: ContactSummary[];
  interactions: InteractionSummary[];
  opportunities: OpportunityCard[];
  analysis: DueDiligenceSummary | null;
  /** Lifecycle history from the Journal, oldest first. */
  stageHistory: StageChange[];
  /** Stages the partner may move to now, and why the others are refused (French). */
  allowedStages: string[];
  blockedStages: Record<string, string>;
  /** The joint evaluation in progress and the latest decided one (IDs), to open from the page. */
  evaluations: { openId: string | null; lastDecidedId: string | null };
  /** The held events it was invited to (OpenDay, atelier…), latest first: its loyalty actions. */
  loyaltyActions: PartnerLoyaltyAction[];
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

/** A row a user archived: out of every view, kept in its sheet, restorable. */
/** One page of a sheet's archived rows, most recently archived first. */
export interface ArchivedPage {
  items: ArchivedRecord[];
  /** Archived rows in the sheet. */
  total: number;
  offset: number;
}

export interface ArchivedRecord {
  id: string;
  /** When it was archived (« 2026-03-12T09:00:00 »). */
  archivedAt: string;
  /** What it held, as a person reads it: « Nom : CNJ ; Principal : oui » (a long one cut). */
  summary: string;
}

export interface MyWeekItem {
  kind: 'opportunité' | 'partenaire' | 'engagement' | 'interaction' | 'évaluation' | 'renforcement' | 'document' | 'veille';
  id: string;
  title: string;
  partnerName: string;
  due: string;
  overdue: boolean;
}

export interface MyWeek {
  today: string;
  user: string;
  /** One page of the caller's items, from `offset`. */
  items: MyWeekItem[];
  /** The caller's items in all. */
  total: number;
  offset: number;
  /** Conventions « En validation » whose awaited step is the caller's role (first page only; empty on the next ones). */
  approvals: ConventionSummary[];
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
  /** Who opened which door: each relay (« Introduit par ») and the partners it introduced, by name. */
  relays: { relay: string; partners: string[] }[];
}

export interface ImportPreview {
  headers: string[];
  /** Source header → Pacte field key ('' = ignored). */
  mapping: Record<string, string>;
  /** Pacte fields that can be mapped: key and French label. */
  fields: { key: string; header: string; required: boolean }[];
  total: number;
  valid: number;
  /** Each row's problems name its columns; its line is `line`, to be said once before them. */
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

// ---- Conventions, versions, approval circuit ----------------------------------

export interface TemplateInfo {
  /** Stable key: 'convention', 'mou', 'financement', 'avenant', 'pv', 'note-synthese'. */
  key: TemplateKey;
  name: string;
  docId: string;
  url: string;
}

/** A problem found in a template before generating anything. */
export interface TemplateProblem {
  placeholder: string;
  /** Where in the Doc, in French: "paragraphe 12", "tableau 2, ligne 3". */
  location: string;
  message: string;
  /** When the problem is a value left empty in the form: what to fill in, in the user's words (« le montant »). */
  missing?: string;
}

export interface CommitmentSummary {
  id: string;
  conventionId: string;
  kind: string;
  label: string;
  due: string;
  owner: string;
  party: string;
  status: string;
  risk: string;
  amount: number | null;
  doneOn: string;
  overdue: boolean;
  currency: string;
  mitigation: string;
  proof: string;
  cancelReason: string;
  /** Shared by the occurrences of one recurring commitment ('' for a single one). */
  seriesId: string;
  /** What is wrong in this row of the sheet (typed by hand), named by sheet, row and column; absent when nothing is. */
  problems?: string[];
}

/** A commitment in the commitments list: with its convention's partner. */
export interface CommitmentItem extends CommitmentSummary {
  partnerId: string;
  partnerName: string;
}

/** One page of the commitments matching a view (by convention, owner or partner; a time window). */
export interface CommitmentPage {
  items: CommitmentItem[];
  /** Commitments matching the view. */
  total: number;
  offset: number;
  /** The spreadsheet's today (its time zone): the default date of « Marquer réalisé ». */
  today: string;
}

export type { Compliance, ComplianceCount, ComplianceSplit } from '../commitments/compliance';

/** The caller's digest for the sidebar's copy button: text to paste into WhatsApp ('' when nothing is due). */
export interface MyDigest {
  text: string;
  counts: { late: number; week: number; month: number };
}

/** A page of *Journal des erreurs*, newest first (admins). */
export interface JobErrorPage {
  total: number;
  /** When the oldest failure happened ('' when none). */
  since: string;
  errors: { at: string; job: string; message: string; stack: string }[];
}

export interface ConventionSummary {
  id: string;
  partnerId: string;
  partnerName: string;
  opportunityId: string;
  type: string;
  version: number;
  status: string;
  startDate: string;
  endDate: string;
  amount: number | null;
  inKind: number | null;
  docUrl: string;
  pdfUrl: string;
  /** Role whose decision is awaited ('' when not in validation). */
  awaitingRole: string;
  /** What is wrong in this row of the sheet (typed by hand), named by sheet, row and column; absent when nothing is. */
  problems?: string[];
}

export interface ConventionVersion {
  version: number;
  docUrl: string;
  pdfUrl: string;
  generatedBy: string;
  generatedAt: string;
  /** What is wrong in this row of the sheet (typed by hand), named by sheet, row and column; absent when nothing is. */
  problems?: string[];
}

export interface ValidationStep {
  order: number;
  role: string;
  required: boolean;
  status: 'à venir' | 'en attente' | 'approuvée' | 'rejetée' | 'modifications demandées' | 'non requise';
  by: string;
  at: string;
  comment: string;
}

export interface SignatureInfo {
  party: 'nous' | 'partenaire';
  date: string;
  signatory: string;
  signedPdfUrl: string;
}

/** A message of « Envois » that has not left: « en attente » (quota, temporary failure) or « échec ». */
export interface PendingMail {
  id: string;
  key: string;
  status: 'en attente' | 'échec';
  to: string;
  subject: string;
  error: string;
}

export interface ConventionDetail {
  convention: ConventionSummary;
  versions: ConventionVersion[];
  commitments: CommitmentSummary[];
  /** Steps of the circuit for the current version. */
  circuit: ValidationStep[];
  /** The caller holds the role of the awaited step. */
  canDecide: boolean;
  attachments: DocumentLink[];
  signatures: SignatureInfo[];
  /** Hosts of Paramètres › Liens autorisés: the sidebar links to them besides Google's (domain/format/links.ts). */
  linkHosts?: string[];
  /** For an admin: this convention's e-mails not sent yet (a failed one may be retried with retryMail). */
  pendingMail?: PendingMail[];
  /** French notice for the sidebar after an action, e.g. a notification queued because the daily mail quota is reached. */
  notice?: string;
  /** The texts of the current version the list leaves out, so that « Nouvelle version » starts from all of them. */
  texts?: ConventionTexts;
  /** The current version's dated obligations found in its text, neither added to Engagements nor set aside. */
  clauseProposals?: ClauseProposal[];
}

export interface ConventionTexts {
  purpose: string;
  inKindDescription: string;
  currency: string;
  /** The convention an avenant amends ('' for another type). */
  amends: string;
}

export interface ConventionDraft {
  id?: string;
  partnerId: string;
  opportunityId?: string;
  type: string;
  startDate: string;
  endDate: string;
  /** A number, or the text as typed (« 12,5 millions »): the server reads it and names what it expects. */
  amount: number | string | null;
  currency?: string;
  inKind: number | string | null;
  inKindDescription?: string;
  purpose?: string;
  /** For an Avenant: the convention it amends (same partner). */
  amends?: string;
  commitments: RecordInput[];
}

// ---- Satisfaction surveys ------------------------------------------------------

export interface CampaignTarget {
  types?: string[];
  categories?: string[];
  stages?: string[];
  partnerIds?: string[];
}

export interface CampaignDraft {
  title: string;
  period: string;
  target: CampaignTarget;
  language: 'fr' | 'en';
  sendDate: string;
  /** Days after sending when non-respondents get a reminder (e.g. [7, 14]). */
  reminderDays: number[];
  closingDate: string;
}

export interface CampaignSummary {
  id: string;
  title: string;
  period: string;
  status: string;
  targets: number;
  sent: number;
  queued: number;
  answered: number;
  /** answered / sent, 0–100. */
  responseRate: number | null;
  formUrl: string;
  closingDate: string;
  bounced: number;
}

export interface DimensionScore {
  dimension: string;
  mean: number | null;
  n: number;
  /** Counts of 1, 2, 3, 4, 5. */
  distribution: number[];
}

export interface NpsScore {
  nps: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  n: number;
}

export interface GroupScore {
  group: string;
  mean: number | null;
  n: number;
  nps: number | null;
  /** byPartner only: the partner's ID and type. */
  partnerId?: string;
  partnerType?: string;
}

export interface CampaignResults {
  campaign: CampaignSummary;
  dimensions: DimensionScore[];
  nps: NpsScore;
  byPartnerType: GroupScore[];
  /** Per-partner scores: only for roles allowed in Paramètres (empty otherwise). */
  byPartner: GroupScore[];
  trend: { previousCampaignId: string; meanDelta: number | null; npsDelta: number | null } | null;
  comments: string[];
  /** n < 5: the sidebar warns that scores are not reliable. */
  smallSample: boolean;
  /** Responses whose token matched no sent link: kept, flagged, not counted. */
  unknownTokens: number;
  /** Second and later responses of the same token (« doublon »): kept, not counted. */
  duplicates?: number;
  /** Mean of every dimension answer counted (1–5, 2 decimals). */
  overallMean?: number | null;
  /** The caller's role may see per-partner scores (Paramètres › Enquêtes). */
  byPartnerAllowed?: boolean;
}

/** Beside a campaign's results: who cannot be reached, and what today's mail quota lets leave now. */
export interface CampaignReach {
  /** Targets whose invitation cannot leave (no valid address, or refused by Gmail), with why. */
  unreachable: { partnerName: string; contactName: string; reason: string }[];
  /** Messages MailApp may still send today: beyond it, invitations wait for the hourly job. */
  mailQuota: number;
}

// ---- Results of the admin and trigger entry points --------------------------------------------

export interface TriggerRepair {
  created: string[];
  removed: string[];
}

export interface JobRunReport {
  name: string;
  outcome: JobOutcome;
  error?: string;
  /** What the job reports (for an admin's run by hand and the tests). */
  result?: unknown;
}

export interface DispatchReport {
  ran: JobRunReport[];
  /** Due but not started: the budget was spent (they run first next hour). */
  postponed: string[];
  /** Another dispatcher (another admin's trigger) was running. */
  skipped: boolean;
}

export interface SetupReport {
  createdSheets: string[];
  addedColumns: string[];
  /** Sheets whose Pacte protection Google refused to this account (the Diagnostic reports them missing). */
  unprotectedSheets?: string[];
  /** « Feuille › Colonne » whose dropdown gained the values its vocabulary gained. */
  updatedDropdowns?: string[];
}

export interface DiagnosticResult {
  verdicts: Verdict[];
  summary: string;
}

export interface ResendReport {
  /** « Envoi incertain » messages put back in the queue by this decision. */
  requeued: number;
  /** Messages mailed by the run that followed (the requeued ones within the quota, and any other due). */
  sent: number;
  campaign: CampaignProgress;
}

export interface IngestReport {
  campaignId: string;
  stored: number;
  unknownTokens: number;
  missingTokens: number;
  duplicates: number;
}

export interface DashboardRefresh {
  campaigns: number;
  responses: number;
  /** Follow-ups created by this refresh: partner ID and the action written. */
  followUps: { partnerId: string; campaignId: string; nextAction: string; nextDue: string }[];
}

/** Who the sidebar's user is for Pacte: the sidebar shows only what this role may do (`mayCall`). */
export interface Session {
  /** The caller's address, lower case. */
  email: string;
  role: Role;
  /** Endpoints the role's declaration allows but Paramètres withholds from it (the analysis, outside « Approbation »'s roles). */
  withheld: EndpointName[];
}

export interface RoleList {
  entries: { email: string; role: Role }[];
  /** The roles an admin may give, in order. */
  roles: Role[];
  /** The caller (an admin), lower case. */
  you: string;
}
export type { ResourceFilters, ResourceItem, ResourcePage } from '../resources/listing';
export type { ResourceTotals, Amount as ResourceAmount } from '../resources/totals';
export type { ResourceSyncReport } from '../resources/sync-plan';

export type { KpiKey, KpiPart, KpiUnit, KpiValue, Period, PeriodKind } from '../kpi/model';

/** One KPI in the sidebar's panel: its value beside the previous period and the target, its definition and its last 12 months. */
export interface KpiPanelItem extends KpiValue {
  definition: string;
  higherIsBetter: boolean;
  /** « 2026-03 » → value: the snapshots of « Indicateurs » for past months, the month under way computed live; null when none. */
  trend: { month: string; value: number | null }[];
}

export interface KpiPanel {
  period: KpiPeriod;
  previous: KpiPeriod;
  items: KpiPanelItem[];
  /** Rows of Paramètres › Objectifs Pacte could not read. */
  problems: string[];
}

/** A report already made (Paramètres › Rapports folder), as the « Rapports » view lists it. */
export interface ReportSummary {
  /** « mensuel », « trimestriel », « annuel » (other kinds of report list themselves the same way). */
  kind: string;
  /** « 2026-03 », « 2026-T1 », « 2026 » */
  periodKey: string;
  name: string;
  url: string;
}

/** The « Rapports » view: the reports made, newest period first, and the spreadsheet's today (the default period is the one just ended). */
export interface ReportList {
  today: string;
  reports: ReportSummary[];
}

export type { DossierDetail, DossierFile, DossierPage } from '../dossiers/view';
export type { CheckFinding, DossierChecks } from '../dossiers/checks';

export type { WatchCallView, WatchPage, WatchImportReport, WatchDecisionResult } from '../watch/view';
export { WATCH_KINDS } from '../watch/tables';
export type { GeneratedReport } from './generated-report';
