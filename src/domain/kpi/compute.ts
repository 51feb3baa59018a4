/**
 * The KPI set over plain records of the tables, for a period beside the previous one and the
 * targets. Each KPI's rule is its definition (definitions.ts); archived rows never count.
 */
import { complianceRate } from '../commitments/compliance';
import { statusOf } from '../commitments/status';
import { loyaltyActions } from '../events/loyalty';
import type { ExchangeRates } from '../format/xof';
import type { LocalDate } from '../format/local-date';
import { parseStageLog } from '../partners/stage-log';
import type { ResourceRow } from '../resources/feed';
import { resourceTotals, totalsContext, valued, type Amount } from '../resources/totals';
import { text } from '../records/coerce';
import type { DataRecord } from '../schema/field';
import { countedAnswers, dimensionScore, npsOf } from '../surveys/aggregate';
import { answerFromRecord, DIMENSIONS } from '../surveys/results';
import { DEFINITIONS } from './definitions';
import { KPI_KEYS, type KpiKey, type KpiPart, type KpiSet, type Period } from './model';
import { inPeriod } from './periods';
import { targetFor, type Target } from './targets';

/** Records of the tables the KPIs read (`signatures`: « Signatures »; `responses`: « Réponses »). */
export interface KpiData {
  partners: readonly DataRecord[];
  opportunities: readonly DataRecord[];
  interactions: readonly DataRecord[];
  analyses: readonly DataRecord[];
  conventions: readonly DataRecord[];
  signatures: readonly DataRecord[];
  commitments: readonly DataRecord[];
  resources: readonly DataRecord[];
  events: readonly DataRecord[];
  responses: readonly DataRecord[];
  evaluations: readonly DataRecord[];
}

export interface KpiContext {
  /** Today in the spreadsheet's zone: a commitment due later is not yet counted late. */
  today: LocalDate;
  rates: ExchangeRates;
}

interface Measure {
  value: number | null;
  count?: number;
  parts?: KpiPart[];
}

const live = (rows: readonly DataRecord[]): DataRecord[] => rows.filter((r) => text(r.archivedAt) === '');
const percent = (part: number, whole: number): number | null => (whole ? Math.round((100 * part) / whole) : null);
const day = (v: unknown): string => text(v).slice(0, 10);

const SUBMITTED = ['Note conceptuelle', 'Négociation', 'Signature', 'Signée', 'Refusée'];
const DECIDED = ['Signée', 'Refusée', 'Abandonnée'];
/** Statuses of a convention once signed (a draft or one in validation is not a partnership yet). */
const SIGNED_STATUSES = ['Signée', 'Active', 'Clôturée', 'Expirée', 'Résiliée'];
const DELIVERABLE_KINDS = ['Livrable', 'Rapport narratif', 'Rapport financier', 'Rapport'];

/** The first day the opportunity entered one of `stages` (its « Historique des étapes »; without one, `fallback`). */
function enteredOn(o: DataRecord, stages: readonly string[], fallback: string, last = false): string {
  const steps = parseStageLog(o.stageLog).filter((s) => stages.includes(s.stage));
  if (steps.length) return day((last ? steps[steps.length - 1] : steps[0]).at);
  return stages.includes(text(o.stage)) && parseStageLog(o.stageLog).length === 0 ? day(fallback) : '';
}

function partnersMeasures(d: KpiData, p: Period): Partial<Record<KpiKey, Measure>> {
  const partners = live(d.partners);
  const qualified = new Set<string>();
  for (const r of partners)
    if (parseStageLog(r.stageLog).some((s) => (s.stage === 'Analyse' || s.stage === 'Approbation') && inPeriod(day(s.at), p))) qualified.add(text(r.id));
  const known = new Set(partners.map((r) => text(r.id)));
  for (const a of d.analyses) if (text(a.decision) && inPeriod(day(a.decidedOn), p) && known.has(text(a.partnerId))) qualified.add(text(a.partnerId));
  const first = new Map<string, string>();
  for (const i of live(d.interactions)) {
    const id = text(i.partnerId);
    const date = day(i.date);
    if (date && (!first.has(id) || date < first.get(id)!)) first.set(id, date);
  }
  return {
    partnersIdentified: { value: partners.filter((r) => inPeriod(day(r.createdAt), p)).length },
    partnersQualified: { value: qualified.size },
    partnersApproached: { value: [...first].filter(([id, date]) => known.has(id) && inPeriod(date, p)).length },
  };
}

function pipelineMeasures(d: KpiData, p: Period): Partial<Record<KpiKey, Measure>> {
  const opportunities = live(d.opportunities);
  const submitted = opportunities.filter((o) => inPeriod(enteredOn(o, SUBMITTED, text(o.createdAt)), p)).length;
  const decided = opportunities.filter(
    (o) => DECIDED.includes(text(o.stage)) && inPeriod(enteredOn(o, DECIDED, text(o.updatedAt) || text(o.createdAt), true), p),
  );
  const signed = decided.filter((o) => text(o.stage) === 'Signée').length;
  return {
    dossiersSubmitted: { value: submitted },
    conversionRate: { value: percent(signed, decided.length), count: decided.length },
  };
}

function sumParts(entries: readonly (readonly [string, number])[]): KpiPart[] {
  const sums = new Map<string, number>();
  for (const [label, v] of entries) sums.set(label, (sums.get(label) ?? 0) + v);
  return [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([label, value]) => ({ label, value: Math.round(value) }));
}

/** The register's rule (resources/totals.ts) over the rows dated in the period: the same figure as the register for a year. */
function resourcesMeasure(d: KpiData, p: Period, rates: ExchangeRates): Measure {
  const rows = live(d.resources)
    .filter((r) => inPeriod(day(r.date), p))
    .map((r) => valued(r as unknown as ResourceRow, rates));
  const totals = resourceTotals(rows, totalsContext(live(d.conventions), live(d.partners), null, 0));
  const parts = (amounts: readonly Amount[], prefix = '') =>
    amounts.map((a) => ({ label: `${prefix}${a.key}`, value: Math.round(a.amountXof) })).sort((a, b) => a.label.localeCompare(b.label));
  return {
    value: Math.round(totals.mobilisedXof),
    count: rows.length - totals.missingRate,
    parts: [...parts(totals.byKind), ...parts(totals.byPartnerType, 'Type : '), ...parts(totals.byAxis, 'Axe : ')],
  };
}

/** The convention's signature day: its last signature recorded, else its start for a signed status. */
function signedOn(c: DataRecord, signatures: ReadonlyMap<string, string>): string {
  return signatures.get(text(c.id)) ?? (SIGNED_STATUSES.includes(text(c.status)) ? day(c.startDate) : '');
}

function conventionMeasures(d: KpiData, p: Period, today: LocalDate): Partial<Record<KpiKey, Measure>> {
  const signatures = new Map<string, string>();
  for (const s of d.signatures) {
    const id = text(s.conventionId);
    if (day(s.date) > (signatures.get(id) ?? '')) signatures.set(id, day(s.date));
  }
  const conventions = live(d.conventions).filter((c) => text(c.type) !== 'Avenant' && SIGNED_STATUSES.includes(text(c.status)));
  const active = conventions.filter((c) => {
    const start = day(c.startDate) || signedOn(c, signatures);
    const end = day(c.endDate);
    return start !== '' && start <= p.to && (end === '' || end >= p.from);
  });
  // Late at the end of the period (or today, for the period under way).
  const asOf = p.to < today ? p.to : today;
  const late = new Set<string>();
  for (const k of d.commitments) {
    if (!DELIVERABLE_KINDS.includes(text(k.kind)) || statusOf(k) === 'Annulé') continue;
    const due = day(k.due);
    const done = statusOf(k) === 'Réalisé' && day(k.doneOn) !== '' && day(k.doneOn) <= asOf;
    if (due !== '' && due < asOf && !done) late.add(text(k.conventionId));
  }
  const upToDate = active.filter((c) => !late.has(text(c.id))).length;
  return {
    activeConventions: { value: active.length },
    conventionsUpToDate: { value: percent(upToDate, active.length), count: active.length },
    partnershipsFormalised: { value: conventions.filter((c) => inPeriod(signedOn(c, signatures), p)).length },
  };
}

function complianceMeasures(d: KpiData, p: Period, today: LocalDate): Partial<Record<KpiKey, Measure>> {
  const { ours, partner } = complianceRate(d.commitments, new Map(), today, { from: p.from, to: p.to }).overall;
  return {
    complianceOurs: { value: ours.rate, count: ours.due },
    compliancePartners: { value: partner.rate, count: partner.due },
  };
}

function surveyMeasures(d: KpiData, p: Period): Partial<Record<KpiKey, Measure>> {
  const inRange = d.responses.filter((r) => inPeriod(day(r.submittedAt), p)).map((r) => answerFromRecord(r, new Map()));
  const { counted } = countedAnswers(inRange);
  const pooled = dimensionScore(
    'Satisfaction',
    counted.flatMap((a) => DIMENSIONS.map((dim) => a.scores[dim.key] ?? null)),
  );
  const nps = npsOf(counted.map((a) => a.nps));
  return {
    satisfactionMean: { value: pooled.mean, count: counted.length },
    nps: {
      value: nps.nps,
      count: nps.n,
      parts: [
        { label: 'Promoteurs', value: nps.promoters },
        { label: 'Passifs', value: nps.passives },
        { label: 'Détracteurs', value: nps.detractors },
      ],
    },
  };
}

function evaluationMeasure(d: KpiData, p: Period): Measure {
  const decided = d.evaluations.filter((e) => text(e.decision) !== '' && inPeriod(day(e.decidedOn), p));
  return { value: decided.length, parts: sumParts(decided.map((e) => [text(e.decision), 1] as const)) };
}

/** Every KPI's value over one period. */
export function measureKpis(d: KpiData, p: Period, ctx: KpiContext): Record<KpiKey, Measure> {
  return {
    ...partnersMeasures(d, p),
    ...pipelineMeasures(d, p),
    resourcesMobilised: resourcesMeasure(d, p, ctx.rates),
    ...conventionMeasures(d, p, ctx.today),
    ...complianceMeasures(d, p, ctx.today),
    loyaltyActions: loyaltyActions(d.events, d.interactions, p),
    ...surveyMeasures(d, p),
    evaluationResults: evaluationMeasure(d, p),
  } as Record<KpiKey, Measure>;
}

export function computeKpis(d: KpiData, period: Period, previous: Period, targets: readonly Target[], ctx: KpiContext): KpiSet {
  const now = measureKpis(d, period, ctx);
  const before = measureKpis(d, previous, ctx);
  return {
    period,
    previous,
    values: KPI_KEYS.map((key) => ({
      key,
      label: DEFINITIONS[key].label,
      unit: DEFINITIONS[key].unit,
      ...now[key],
      previous: before[key].value,
      target: targetFor(targets, key, period),
    })),
  };
}
