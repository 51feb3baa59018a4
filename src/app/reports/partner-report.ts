/**
 * « Rapport au partenaire » on demand for one partner and a month, a quarter or a year: each
 * table it reads read once, the document built (domain/reports/partner.ts), published
 * (publish.ts) once per partner and period, and a shortcut to it placed in the partner's folder,
 * where the team looks for what was handed to that partner. Call it under the document lock.
 */
import { EVALUATIONS } from '../../domain/evaluation/tables';
import { EVENTS, PARTICIPANTS } from '../../domain/events/tables';
import type { Period } from '../../domain/kpi/model';
import { monthPeriod, quarterPeriod, yearPeriod } from '../../domain/kpi/periods';
import { partnerReport, type PartnerReportData } from '../../domain/reports/partner';
import { RESOURCES } from '../../domain/resources/tables';
import { COMMITMENTS, CONVENTIONS, INTERACTIONS, PARTNERS } from '../../domain/schema/tables';
import type { Settings } from '../../domain/settings/settings';
import { RESPONSES } from '../../domain/surveys/tables';
import { text } from '../../domain/records/coerce';
import type { Store } from '../../store/store';
import type { Ports } from '../ports';
import { recordsOf } from './diagnostic';
import { publishReport, readReportSettings, type PublishedReport } from './publish';

export const PARTNER_REPORT_KIND = 'partenaire';

export interface PartnerReportPeriod {
  year: number;
  /** 1–12: that month. */
  month?: number;
  /** 1–4: that quarter (when no month). */
  quarter?: number;
}

export interface PartnerReportResult extends PublishedReport {
  /** The shortcut to the Doc in the partner's folder. */
  partnerFolderUrl: string;
}

/** The period asked for and its key in the reports' register (« 2026-05 », « 2026-T2 », « 2026 »). */
export function reportPeriod(p: PartnerReportPeriod): { period: Period; key: string } {
  if (p.month) return { period: monthPeriod(p.year, p.month), key: `${p.year}-${String(p.month).padStart(2, '0')}` };
  if (p.quarter) return { period: quarterPeriod(p.year, p.quarter), key: `${p.year}-T${p.quarter}` };
  return { period: yearPeriod(p.year), key: String(p.year) };
}

function readPartnerReportData(store: Store): PartnerReportData {
  return {
    partners: recordsOf(store, PARTNERS),
    interactions: recordsOf(store, INTERACTIONS),
    conventions: recordsOf(store, CONVENTIONS),
    commitments: recordsOf(store, COMMITMENTS),
    resources: recordsOf(store, RESOURCES, true),
    events: recordsOf(store, EVENTS, true),
    participants: recordsOf(store, PARTICIPANTS, true),
    evaluations: recordsOf(store, EVALUATIONS, true),
    responses: recordsOf(store, RESPONSES, true),
  };
}

export function generatePartnerReport(ports: Ports, settings: Settings, partnerId: string, asked: PartnerReportPeriod): PartnerReportResult {
  const { store } = ports;
  const { period, key } = reportPeriod(asked);
  const data = readPartnerReportData(store);
  const model = partnerReport(data, partnerId, period, {
    today: store.today(),
    organisation: settings.organisation,
    author: store.user || settings.organisation,
  });
  const published = publishReport(ports, readReportSettings(ports), model, PARTNER_REPORT_KIND, `${partnerId}:${key}`);
  const name = text(data.partners.find((p) => text(p.id) === partnerId)?.name);
  const folder = ports.documents.partnerFolder(ports.documents.pacteFolder(), partnerId, name);
  const docId = /\/d\/([\w-]+)/.exec(published.url)?.[1] ?? '';
  const partnerFolderUrl = ports.reports.shortcutIn(folder, { id: docId, url: published.url }, published.name);
  return { ...published, partnerFolderUrl };
}
