/**
 * The KPI set for any period (one read per table), the sidebar's panel with each KPI's last 12
 * months, and the monthly snapshot « Indicateurs » the dispatcher appends once for the month just ended.
 */
import type { KpiPanel } from '../domain/contracts';
import { SIGNATURES } from '../domain/conventions/approval-tables';
import { EVALUATIONS } from '../domain/evaluation/tables';
import { EVENTS } from '../domain/events/tables';
import { computeKpis, measureKpis, type KpiData } from '../domain/kpi/compute';
import { DEFINITIONS } from '../domain/kpi/definitions';
import { type KpiKey, type KpiSet, type Period } from '../domain/kpi/model';
import { monthKey, monthPeriod, periodContaining, previousPeriod, shiftPeriod } from '../domain/kpi/periods';
import { INDICATORS } from '../domain/kpi/tables';
import { text } from '../domain/records/coerce';
import { RESOURCES } from '../domain/resources/tables';
import type { DataRecord, TableSpec } from '../domain/schema/field';
import { ANALYSES, COMMITMENTS, CONVENTIONS, INTERACTIONS, OPPORTUNITIES, PARTNERS } from '../domain/schema/tables';
import type { Settings } from '../domain/settings/settings';
import { RESPONSES } from '../domain/surveys/tables';
import type { Store } from '../store/store';

const rows = (store: Store, spec: TableSpec, optional = false): DataRecord[] =>
  ((optional ? store.tableOrNull(spec) : store.table(spec))?.all() ?? []).map((s) => s.record as DataRecord);

/** Every table the KPIs read, once each (sheets a later version added may be missing: read as empty). */
export function readKpiData(store: Store): KpiData {
  return {
    partners: rows(store, PARTNERS),
    opportunities: rows(store, OPPORTUNITIES),
    interactions: rows(store, INTERACTIONS),
    analyses: rows(store, ANALYSES),
    conventions: rows(store, CONVENTIONS),
    signatures: rows(store, SIGNATURES, true),
    commitments: rows(store, COMMITMENTS),
    resources: rows(store, RESOURCES, true),
    events: rows(store, EVENTS, true),
    responses: rows(store, RESPONSES, true),
    evaluations: rows(store, EVALUATIONS, true),
  };
}

const contextOf = (store: Store, settings: Settings) => ({ today: store.today(), rates: settings.rates });

/** The KPI set of the period beside the period just before and the targets of Paramètres › Objectifs. */
export function kpiSet(store: Store, settings: Settings, period: Period, data: KpiData = readKpiData(store)): KpiSet {
  return computeKpis(data, period, previousPeriod(period), settings.objectives ?? [], contextOf(store, settings));
}

/** The snapshots of « Indicateurs »: month → KPI key → value (the first row of a month and key wins). */
export function snapshots(store: Store): Map<string, Map<string, number | null>> {
  const out = new Map<string, Map<string, number | null>>();
  for (const s of store.tableOrNull(INDICATORS)?.all() ?? []) {
    const month = text(s.record.month);
    const byKey = out.get(month) ?? out.set(month, new Map()).get(month)!;
    if (!byKey.has(text(s.record.key))) byKey.set(text(s.record.key), typeof s.record.value === 'number' ? s.record.value : null);
  }
  return out;
}

export interface KpiPanelArgs {
  /** The month, quarter or year holding `date` (today when absent). */
  period?: { kind: 'month' | 'quarter' | 'year'; date: string };
}

/** The sidebar's panel: the KPI set and, per KPI, the 12 months up to the period's last (past months from the snapshots, the month under way live). */
export function kpiPanel(store: Store, settings: Settings, args: KpiPanelArgs = {}): KpiPanel {
  const today = store.today();
  const period = periodContaining(args.period?.kind ?? 'month', args.period?.date || today);
  const data = readKpiData(store);
  const set = kpiSet(store, settings, period, data);
  const current = monthKey(today);
  const lastMonth = periodContaining('month', period.to < today ? period.to : today);
  const months = Array.from({ length: 12 }, (_, i) => shiftPeriod(lastMonth, i - 11));
  const past = snapshots(store);
  const live = months.some((m) => monthKey(m.from) === current) ? measureKpis(data, periodContaining('month', today), contextOf(store, settings)) : null;
  const trendOf = (key: KpiKey) =>
    months.map((m) => {
      const month = monthKey(m.from);
      return { month, value: month === current ? (live?.[key].value ?? null) : (past.get(month)?.get(key) ?? null) };
    });
  return {
    period: set.period,
    previous: set.previous,
    items: set.values.map((v) => ({
      ...v,
      definition: DEFINITIONS[v.key].definition,
      higherIsBetter: DEFINITIONS[v.key].higherIsBetter,
      trend: trendOf(v.key),
    })),
    problems: settings.objectiveProblems ?? [],
  };
}

/**
 * The dispatcher's step: appends the KPIs of the month just ended to « Indicateurs » unless that
 * month is there already (whatever its rows now say: a row edited by hand is never rewritten).
 * Returns the month written, or null.
 */
export function snapshotLastMonth(store: Store, settings: Settings): string | null {
  const table = store.tableOrNull(INDICATORS);
  if (!table) return null;
  const month = shiftPeriod(periodContaining('month', store.today()), -1);
  const key = monthKey(month.from);
  if (table.all().some((s) => text(s.record.month) === key)) return null;
  const set = kpiSet(store, settings, monthPeriod(Number(key.slice(0, 4)), Number(key.slice(5, 7))));
  const at = store.stamp();
  store.append(
    INDICATORS,
    set.values.map((v) => ({ month: key, key: v.key, label: v.label, value: v.value, count: v.count ?? null, target: v.target, computedAt: at })),
  );
  return key;
}
