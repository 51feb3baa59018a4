/**
 * « Diagnostic des partenariats existants » on demand: each table it reads read once, the
 * document built (domain/reports/diagnostic.ts), then published (publish.ts) under today's date,
 * so a second request the same day returns the same Doc. Call it under the document lock.
 */
import { diagnosticReport, type DiagnosticData } from '../../domain/reports/diagnostic';
import { EVALUATIONS } from '../../domain/evaluation/tables';
import { RESOURCES } from '../../domain/resources/tables';
import type { DataRecord, TableSpec } from '../../domain/schema/field';
import { ANALYSES, COMMITMENTS, CONVENTIONS, INTERACTIONS, OPPORTUNITIES, PARTNERS } from '../../domain/schema/tables';
import type { Settings } from '../../domain/settings/settings';
import { RESPONSES } from '../../domain/surveys/tables';
import type { Store } from '../../store/store';
import type { Ports } from '../ports';
import { publishReport, readReportSettings, reportKey, type PublishedReport } from './publish';

export const DIAGNOSTIC_KIND = 'diagnostic';

/** The records of a table; a sheet a later version added, missing from an older workbook, reads as empty. */
export const recordsOf = (store: Store, spec: TableSpec, optional = false): DataRecord[] =>
  ((optional ? store.tableOrNull(spec) : store.table(spec))?.all() ?? []).map((s) => s.record as DataRecord);

function readDiagnosticData(store: Store): DiagnosticData {
  return {
    partners: recordsOf(store, PARTNERS),
    opportunities: recordsOf(store, OPPORTUNITIES),
    interactions: recordsOf(store, INTERACTIONS),
    analyses: recordsOf(store, ANALYSES),
    conventions: recordsOf(store, CONVENTIONS),
    commitments: recordsOf(store, COMMITMENTS),
    resources: recordsOf(store, RESOURCES, true),
    responses: recordsOf(store, RESPONSES, true),
    evaluations: recordsOf(store, EVALUATIONS, true),
  };
}

export function generateDiagnosticReport(ports: Ports, settings: Settings): PublishedReport {
  const { store } = ports;
  const today = store.today();
  const reportSettings = readReportSettings(ports);
  const known = ports.reports.recorded(reportKey(DIAGNOSTIC_KIND, today));
  // Today's diagnostic already written: no need to read the tables again.
  const model = diagnosticReport(known ? EMPTY : readDiagnosticData(store), {
    today,
    organisation: settings.organisation,
    author: store.user || settings.organisation,
    strategicAxes: settings.strategicAxes,
  });
  return publishReport(ports, reportSettings, model, DIAGNOSTIC_KIND, today);
}

const EMPTY: DiagnosticData = {
  partners: [],
  opportunities: [],
  interactions: [],
  analyses: [],
  conventions: [],
  commitments: [],
  resources: [],
  responses: [],
  evaluations: [],
};
