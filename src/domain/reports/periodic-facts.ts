/**
 * The facts a periodic report shows besides the KPI set, taken from the records already read for
 * the KPIs (one read per table): the pipeline by stage, the commitments due in the period and
 * those overdue at its end, the alerts sent, satisfaction by dimension, the evaluations decided.
 *
 * API: `periodicFacts(data, mailLog, period, ctx)` → `PeriodicFacts`.
 */
import { statusOf } from '../commitments/status';
import { toXof } from '../format/xof';
import type { KpiContext, KpiData } from '../kpi/compute';
import type { Period } from '../kpi/model';
import { inPeriod } from '../kpi/periods';
import { text } from '../records/coerce';
import type { DataRecord } from '../schema/field';
import { PIPELINE_STAGES } from '../schema/vocabulary';
import { countedAnswers, dimensionScore } from '../surveys/aggregate';
import { answerFromRecord, DIMENSIONS } from '../surveys/results';

export interface StageLine {
  stage: string;
  count: number;
  /** Sum of the amounts in FCFA (at today's rate where a currency is given). */
  amountXof: number;
}

export interface CommitmentLine {
  label: string;
  partner: string;
  /** « Nous » or « Partenaire ». */
  party: string;
  due: string;
  status: string;
  /** Due before the period's end (or today) and not done by then. */
  late: boolean;
}

export interface AlertCount {
  kind: string;
  count: number;
}

export interface DimensionLine {
  label: string;
  mean: number | null;
  count: number;
}

export interface PeriodicFacts {
  pipeline: StageLine[];
  /** Due in the period or overdue at its end, the late first then by due date. */
  commitments: CommitmentLine[];
  alerts: AlertCount[];
  satisfaction: DimensionLine[];
  evaluations: { partner: string; decision: string; date: string }[];
}

const day = (v: unknown): string => text(v).slice(0, 10);
const live = (rows: readonly DataRecord[]): DataRecord[] => rows.filter((r) => text(r.archivedAt) === '');

/** Keys of « Envois » written by the alerts job (domain/commitments/alerts.ts), by French name. */
const ALERT_KINDS: readonly [string, string][] = [
  ['alerte:escalade:', 'Escalades à la direction'],
  ['alerte:rappel:', 'Rappels aux partenaires'],
  ['alerte:recap:', 'Récapitulatifs aux responsables'],
];

function pipeline(d: KpiData, ctx: KpiContext): StageLine[] {
  const lines = new Map<string, StageLine>(PIPELINE_STAGES.map((s) => [s, { stage: s, count: 0, amountXof: 0 }]));
  for (const o of live(d.opportunities)) {
    const line = lines.get(text(o.stage));
    if (!line) continue;
    line.count++;
    if (typeof o.amount === 'number') line.amountXof += toXof(o.amount, text(o.currency) || 'XOF', ctx.rates, ctx.today) ?? 0;
  }
  return [...lines.values()].map((l) => ({ ...l, amountXof: Math.round(l.amountXof) }));
}

function commitments(d: KpiData, p: Period, ctx: KpiContext): CommitmentLine[] {
  const asOf = p.to < ctx.today ? p.to : ctx.today;
  const out: CommitmentLine[] = [];
  for (const k of d.commitments) {
    const status = statusOf(k);
    if (status === 'Annulé') continue;
    const due = day(k.due);
    if (!due || due > p.to) continue;
    const done = status === 'Réalisé' && day(k.doneOn) !== '' && day(k.doneOn) <= asOf;
    const late = due < asOf && !done;
    if (!late && !inPeriod(due, p)) continue;
    out.push({ label: text(k.label), partner: text(k.partnerName), party: text(k.party) || 'Nous', due, status: late ? 'En retard' : status, late });
  }
  return out.sort((a, b) => Number(b.late) - Number(a.late) || a.due.localeCompare(b.due));
}

function alerts(mailLog: readonly DataRecord[], p: Period): AlertCount[] {
  const counts = ALERT_KINDS.map(([, kind]) => ({ kind, count: 0 }));
  for (const m of mailLog) {
    if (text(m.status) !== 'envoyé' || !inPeriod(day(m.sentAt), p)) continue;
    const i = ALERT_KINDS.findIndex(([prefix]) => text(m.key).startsWith(prefix));
    if (i >= 0) counts[i].count++;
  }
  return counts.filter((c) => c.count > 0);
}

function satisfaction(d: KpiData, p: Period): DimensionLine[] {
  const answers = d.responses.filter((r) => inPeriod(day(r.submittedAt), p)).map((r) => answerFromRecord(r, new Map()));
  const { counted } = countedAnswers(answers);
  return DIMENSIONS.map((dim) => {
    const s = dimensionScore(
      dim.label,
      counted.map((a) => a.scores[dim.key] ?? null),
    );
    return { label: dim.label, mean: s.mean, count: s.n };
  }).filter((l) => l.count > 0);
}

export function periodicFacts(d: KpiData, mailLog: readonly DataRecord[], p: Period, ctx: KpiContext): PeriodicFacts {
  const names = new Map(d.partners.map((r) => [text(r.id), text(r.name)]));
  return {
    pipeline: pipeline(d, ctx),
    commitments: commitments(d, p, ctx),
    alerts: alerts(mailLog, p),
    satisfaction: satisfaction(d, p),
    evaluations: d.evaluations
      .filter((e) => text(e.decision) !== '' && inPeriod(day(e.decidedOn), p))
      .map((e) => ({ partner: names.get(text(e.partnerId)) || text(e.partnerName) || text(e.partnerId), decision: text(e.decision), date: day(e.decidedOn) })),
  };
}
