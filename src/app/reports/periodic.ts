/**
 * The monthly, quarterly and annual reports: each table read once, the contents built
 * (domain/reports/periodic.ts), the Doc published once per (kind, period) with its one e-mail.
 *
 * API
 * - `generatePeriodicReport(ports, settings, kind, period)` → { url, name, created }.
 * - `generateRequestedReport(ports, settings, { kind, year, month?, quarter? })`: the same from the sidebar's choice.
 * - `scheduledReports(ports, settings)`: the dispatcher's step — the reports due today (dueReports) not yet
 *   made; the names of those made.
 * - `listPeriodicReports(ports)`: the reports already made, newest period first, and today.
 */
import type { ReportList } from '../../domain/contracts';
import { MAIL_LOG } from '../../domain/conventions/approval-tables';
import type { Period } from '../../domain/kpi/model';
import { monthKey, monthPeriod, quarterPeriod, shiftPeriod } from '../../domain/kpi/periods';
import { periodicReport, type PeriodicKind, type TrendMonth } from '../../domain/reports/periodic';
import { periodicFacts } from '../../domain/reports/periodic-facts';
import { describeReport, dueReports, periodKey, periodOfRequest, type PeriodicRequest } from '../../domain/reports/periodic-periods';
import { parseLocalDate } from '../../domain/format/local-date';
import type { Settings } from '../../domain/settings/settings';
import type { Ports } from '../ports';
import { kpiSet, readKpiData, snapshots } from '../kpis';
import { publishReport, readReportSettings, reportKey } from './publish';

export interface GeneratedReport {
  url: string;
  name: string;
  created: boolean;
}

/** Who signs a report made by the hourly job. */
const SCHEDULED_AUTHOR = 'Pacte (génération automatique)';

/** The 12 months of « Indicateurs » ending with the period's last month. */
function trendOf(ports: Ports, period: Period): TrendMonth[] {
  const past = snapshots(ports.store);
  const { year, month } = parseLocalDate(period.to);
  const last = monthPeriod(year, month);
  return Array.from({ length: 12 }, (_, i) => {
    const m = monthKey(shiftPeriod(last, i - 11).from);
    return { month: m, values: Object.fromEntries(past.get(m) ?? []) };
  });
}

export function generatePeriodicReport(ports: Ports, settings: Settings, kind: PeriodicKind, period: Period, author = ports.store.user): GeneratedReport {
  const store = ports.store;
  const data = readKpiData(store);
  const set = kpiSet(store, settings, period, data);
  const ctx = { today: store.today(), rates: settings.rates };
  const mailLog = (store.tableOrNull(MAIL_LOG) ? store.columns(MAIL_LOG, ['key', 'status', 'sentAt']).rows : []).map((r) => r.record);
  const year = parseLocalDate(period.from).year;
  const model = periodicReport({
    kind,
    set,
    facts: periodicFacts(data, mailLog, period, ctx),
    organisation: settings.organisation || 'Pacte',
    author: author || SCHEDULED_AUTHOR,
    date: store.today(),
    ...(kind === 'annuel' ? { quarters: [1, 2, 3, 4].map((q) => kpiSet(store, settings, quarterPeriod(year, q), data)), trend: trendOf(ports, period) } : {}),
  });
  const published = publishReport(ports, readReportSettings(ports), model, kind, periodKey(period));
  return { url: published.url, name: published.name, created: published.created };
}

/** The sidebar's « Générer »: the report of the kind and period chosen. */
export function generateRequestedReport(ports: Ports, settings: Settings, req: PeriodicRequest): GeneratedReport {
  return generatePeriodicReport(ports, settings, req.kind, periodOfRequest(req));
}

/** The dispatcher's step: each report due today and not yet in Drive is made (and mailed) once. */
export function scheduledReports(ports: Ports, settings: Settings): string[] {
  const due = dueReports(ports.store.today()).filter((r) => !ports.reports.recorded(reportKey(r.kind, periodKey(r.period))));
  return due.map((r) => generatePeriodicReport(ports, settings, r.kind, r.period, SCHEDULED_AUTHOR).name);
}

export function listPeriodicReports(ports: Ports): ReportList {
  const reports = ports.reports
    .list()
    .flatMap((r) => {
      const d = describeReport(r.key);
      return d ? [{ ...d, url: r.url }] : [];
    })
    .sort((a, b) => b.periodKey.localeCompare(a.periodKey) || a.kind.localeCompare(b.kind));
  return { today: ports.store.today(), reports };
}
