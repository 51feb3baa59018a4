/** The organisation's settings, as kept in the Paramètres sheet (section, clé, valeur). */
import type { DataRecord } from '../schema/field';
import { ROLES } from '../schema/vocabulary';
import type { DatedRate } from '../format/xof';
import { normaliseCurrency } from '../format/currency';
import { findDateIn } from '../format/date-in-text';
import { foldText, parseFrenchNumber } from '../records/normalise';
import { LINK_SECTION, normaliseLinkHost } from '../format/links';
import { defaultSurveySettingsRows, isSurveySection, parseSurveySettings, type SurveySettings } from '../surveys/results-settings';
import { defaultEvaluationRows, isEvaluationSection, parseEvaluationMonths } from '../evaluation/calendar';
import { CIRCUIT_SECTION, defaultCircuitRows, parseCircuit, type CircuitStepConfig } from '../conventions/approval-circuit';
import { defaultReadinessRows, isReadinessSection, parseReadinessWeights } from '../readiness/weights';
import { defaultWatchRows, isWatchSection, parseWatchSettings, type WatchSettings } from '../watch/settings';
import { defaultAlertSettingsRows, isAlertsSection, parseAlertSettings, type AlertSettings } from '../commitments/alert-settings';
import { defaultValuationRows, isValuationSection, parseValuation, type ValuationGrid } from '../resources/valuation';
import { annualTarget, defaultObjectiveRows, OBJECTIVES_SECTION, parseTargets, type Target } from '../kpi/targets';

export type Role = (typeof ROLES)[number];

export interface Settings {
  /**
   * email (lower case) → role: never read from the sheet (any editor can type there), but filled
   * by services/settings-store.ts from the role table Pacte keeps in document properties.
   */
  roles: Record<string, Role>;
  currency: string;
  strategicAxes: string[];
  organisation: string;
  /** Weights of the priority score (section « Priorité »); see domain/partners/priority.ts. */
  priorityWeights: PriorityWeights;
  /** Roles allowed to decide on a due-diligence analysis (section « Approbation »). */
  approvalRoles: Role[];
  /** XOF per unit of another currency, by ISO code (section « Taux de change »: clé USD, valeur 600, commentaire = date du taux). EUR is the fixed parity. */
  rates: Record<string, DatedRate[]>;
  /** Section « Enquêtes »: low-score threshold, roles seeing per-partner answers (see domain/surveys/results-settings.ts). */
  survey?: SurveySettings;
  /** Approval circuit of conventions (section « Circuit de validation »); see domain/conventions/approval-circuit.ts. */
  circuit?: CircuitStepConfig[];
  /** Rows of that section Pacte could not read (French, naming the row). */
  circuitProblems?: string[];
  /** Hosts the sidebar may link to besides Google's (section « Liens autorisés »; see domain/format/links.ts). */
  linkHosts?: string[];
  /** Months between two joint evaluations by partner category (section « Évaluation »; domain/evaluation/calendar.ts). */
  evaluationMonths?: Record<string, number>;
  /** Section « Alertes »: digests, escalation, partner reminders (see domain/commitments/alert-settings.ts). */
  alerts?: AlertSettings;
  /** Section « Valorisation »: FCFA per unit of each in-kind category (domain/resources/valuation.ts). */
  valuation?: ValuationGrid;
  /** The annual target in FCFA of « Ressources mobilisées » (section « Objectifs »), null when not set. */
  resourcesTarget?: number | null;
  /** KPI targets (section « Objectifs »; see domain/kpi/targets.ts) and the rows Pacte could not read. */
  objectives?: Target[];
  objectiveProblems?: string[];
  /** Weights of the readiness grid's areas by area key (section « Auto-évaluation »; domain/readiness/weights.ts). */
  readinessWeights?: Record<string, number>;
  /** Section « Veille »: the fit score's weights, the organisation's zones, the feeds (see domain/watch/settings.ts). */
  watch?: WatchSettings;
}

export interface PriorityWeights {
  alignment: number;
  potential: number;
  influence: number;
  history: number;
}

export const DEFAULT_PRIORITY_WEIGHTS: Readonly<PriorityWeights> = { alignment: 35, potential: 25, influence: 25, history: 15 };
export const DEFAULT_APPROVAL_ROLES: readonly Role[] = ['DG', 'admin'];

const GENERAL_SECTION = 'Général';
const AXES_SECTION = 'Axes stratégiques';
const PRIORITY_SECTION = 'Priorité';
const APPROVAL_SECTION = 'Approbation';
const RATES_SECTION = 'Taux de change';

/** Keys of section « Priorité » (French, as in the sheet) → weight. */
const PRIORITY_KEYS: Record<string, keyof PriorityWeights> = { alignement: 'alignment', potentiel: 'potential', influence: 'influence', historique: 'history' };

/** "DG, admin" → known roles, in order, without duplicates. */
function parseRoleList(value: string): Role[] {
  return value
    .split(/[,;]/)
    .map((v) => ROLES.find((r) => foldText(r) === foldText(v)))
    .filter((r): r is Role => r !== undefined);
}

export function parseSettings(rows: readonly DataRecord[]): Settings {
  const s: Settings = {
    roles: {},
    currency: 'XOF',
    strategicAxes: [],
    organisation: '',
    priorityWeights: { ...DEFAULT_PRIORITY_WEIGHTS },
    approvalRoles: [],
    rates: {},
    linkHosts: [],
  };
  const circuitRows: { key: string; value: string }[] = [];
  const surveyRows: { key: string; value: string }[] = [];
  const evaluationRows: { key: string; value: string }[] = [];
  const alertRows: { key: string; value: string }[] = [];
  const valuationRows: { key: string; value: string; note: string }[] = [];
  const objectiveRows: { key: string; value: string }[] = [];
  const readinessRows: { key: string; value: string }[] = [];
  const watchRows: { key: string; value: string; note: string }[] = [];
  for (const r of rows) {
    if (foldText(String(r.section ?? '')) === foldText(OBJECTIVES_SECTION))
      objectiveRows.push({ key: String(r.key ?? ''), value: String(r.value ?? '').trim() });
    if (isAlertsSection(String(r.section ?? ''))) alertRows.push({ key: String(r.key ?? ''), value: String(r.value ?? '').trim() });
    if (isSurveySection(String(r.section ?? ''))) surveyRows.push({ key: String(r.key ?? ''), value: String(r.value ?? '').trim() });
    if (isReadinessSection(String(r.section ?? ''))) readinessRows.push({ key: String(r.key ?? ''), value: String(r.value ?? '').trim() });
    if (isWatchSection(String(r.section ?? ''))) watchRows.push({ key: String(r.key ?? ''), value: String(r.value ?? '').trim(), note: String(r.note ?? '') });
    if (isEvaluationSection(String(r.section ?? ''))) evaluationRows.push({ key: String(r.key ?? ''), value: String(r.value ?? '').trim() });
    if (isValuationSection(String(r.section ?? ''))) valuationRows.push({ key: String(r.key ?? ''), value: String(r.value ?? ''), note: String(r.note ?? '') });
    const section = foldText(String(r.section ?? ''));
    const key = String(r.key ?? '').trim();
    const value = String(r.value ?? '').trim();
    if (section === foldText(AXES_SECTION) && value) {
      s.strategicAxes.push(value);
    } else if (section === foldText(RATES_SECTION)) {
      const rate = parseFrenchNumber(value);
      const currency = normaliseCurrency(key);
      if (currency && rate !== null && rate > 0) (s.rates[currency] ??= []).push({ from: findDateIn(String(r.note ?? '')) ?? '', rate });
    } else if (section === foldText(GENERAL_SECTION)) {
      if (foldText(key) === 'devise' && value) s.currency = value;
      if (foldText(key) === 'organisation') s.organisation = value;
    } else if (section === foldText(PRIORITY_SECTION)) {
      const weight = PRIORITY_KEYS[foldText(key)];
      const n = Number(value.replace(',', '.'));
      if (weight && value !== '' && Number.isFinite(n) && n >= 0) s.priorityWeights[weight] = n;
    } else if (section === foldText(APPROVAL_SECTION)) {
      for (const role of parseRoleList(value || key)) if (!s.approvalRoles.includes(role)) s.approvalRoles.push(role);
    } else if (section === foldText(CIRCUIT_SECTION) && key) {
      circuitRows.push({ key, value });
    } else if (section === foldText(LINK_SECTION)) {
      const host = normaliseLinkHost(key);
      if (host && !s.linkHosts!.includes(host)) s.linkHosts!.push(host);
    }
  }
  const circuit = parseCircuit(circuitRows);
  s.circuit = circuit.steps;
  s.circuitProblems = circuit.problems;
  if (s.approvalRoles.length === 0) s.approvalRoles = [...DEFAULT_APPROVAL_ROLES];
  s.survey = parseSurveySettings(surveyRows);
  s.evaluationMonths = parseEvaluationMonths(evaluationRows);
  s.alerts = parseAlertSettings(alertRows);
  s.valuation = parseValuation(valuationRows);
  const objectives = parseTargets(objectiveRows);
  s.objectives = objectives.targets;
  s.objectiveProblems = objectives.problems;
  s.resourcesTarget = annualTarget(objectives.targets, 'resourcesMobilised');
  s.readinessWeights = parseReadinessWeights(readinessRows);
  s.watch = parseWatchSettings(watchRows);
  return s;
}

/** Default rows written by "Initialiser le classeur" (the Rôles rows are the role table's view, written apart). */
export function defaultSettingsRows(organisation: string): Record<string, string>[] {
  return [
    { section: GENERAL_SECTION, key: 'Organisation', value: organisation, note: 'Nom affiché dans les documents et rapports' },
    { section: GENERAL_SECTION, key: 'Devise', value: 'XOF', note: 'Montants en francs CFA (1 EUR = 655,957 XOF)' },
    {
      section: RATES_SECTION,
      key: 'USD',
      value: '',
      note: 'Francs CFA pour 1 USD, et la date du taux (ex. 600 — taux du 1er mars 2026). Une ligne par devise et par date ; l’euro suit la parité fixe 655,957.',
    },
    { section: AXES_SECTION, key: 'Axe 1', value: 'Gouvernance et citoyenneté active', note: 'Axes du plan stratégique, modifiables' },
    { section: AXES_SECTION, key: 'Axe 2', value: 'Cohésion sociale et paix', note: '' },
    { section: AXES_SECTION, key: 'Axe 3', value: 'Lutte contre la corruption', note: '' },
    { section: AXES_SECTION, key: 'Axe 4', value: 'Accès aux services sociaux de base', note: '' },
    { section: AXES_SECTION, key: 'Axe 5', value: 'Leadership des jeunes et des femmes', note: '' },
    { section: AXES_SECTION, key: 'Axe 6', value: 'Développement organisationnel', note: '' },
    {
      section: PRIORITY_SECTION,
      key: 'Alignement',
      value: String(DEFAULT_PRIORITY_WEIGHTS.alignment),
      note: 'Poids du score de priorité (0–100) : alignement avec le plan stratégique',
    },
    { section: PRIORITY_SECTION, key: 'Potentiel', value: String(DEFAULT_PRIORITY_WEIGHTS.potential), note: 'Potentiel (financier, technique) du partenaire' },
    { section: PRIORITY_SECTION, key: 'Influence', value: String(DEFAULT_PRIORITY_WEIGHTS.influence), note: 'Quadrant pouvoir / intérêt (Mendelow)' },
    {
      section: PRIORITY_SECTION,
      key: 'Historique',
      value: String(DEFAULT_PRIORITY_WEIGHTS.history),
      note: 'Interactions des 12 derniers mois et conventions actives',
    },
    {
      section: APPROVAL_SECTION,
      key: 'Rôles',
      value: DEFAULT_APPROVAL_ROLES.join(', '),
      note: 'Rôles qui décident des analyses (due diligence) : Approuvé, À revoir, Refusé',
    },
    ...defaultCircuitRows(),
    ...defaultSurveySettingsRows(),
    ...defaultEvaluationRows(),
    ...defaultAlertSettingsRows(),
    ...defaultValuationRows(),
    ...defaultObjectiveRows(),
    ...defaultReadinessRows(),
    ...defaultWatchRows(),
  ].filter((r) => r.key !== '');
}
