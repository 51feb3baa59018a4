/** The approval part of a convention's detail for a caller: its summary, circuit, decision right and signatures. */
import type { ConventionDetail, ConventionSummary } from '../contracts';
import type { DataRecord } from '../schema/field';
import type { Role, Settings } from '../settings/settings';
import { circuitView, currentVersion } from './approval-view';

export interface ApprovalRows {
  validations: readonly DataRecord[];
  signatures: readonly DataRecord[];
}

export function approvalDetail(convention: DataRecord, partnerName: string, rows: ApprovalRows, settings: Settings, role: Role | null): ConventionDetail {
  const view = circuitView(convention, rows.validations, rows.signatures, settings, role);
  return {
    convention: summaryOf(convention, partnerName, view.awaitingRole),
    versions: [],
    commitments: [],
    circuit: view.circuit,
    canDecide: view.canDecide,
    attachments: [],
    signatures: view.signatures,
  };
}

function summaryOf(r: DataRecord, partnerName: string, awaitingRole: string): ConventionSummary {
  const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  return {
    id: String(r.id),
    partnerId: String(r.partnerId ?? ''),
    partnerName,
    opportunityId: String(r.opportunityId ?? ''),
    type: String(r.type ?? ''),
    version: currentVersion(r),
    status: String(r.status ?? ''),
    startDate: String(r.startDate ?? ''),
    endDate: String(r.endDate ?? ''),
    amount: num(r.amount),
    inKind: num(r.inKind),
    docUrl: String(r.docUrl ?? ''),
    pdfUrl: String(r.pdfUrl ?? ''),
    awaitingRole,
  };
}
