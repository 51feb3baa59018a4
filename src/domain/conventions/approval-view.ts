/**
 * What the sidebar shows of the approval circuit and signatures of a convention: fills
 * ConventionDetail.circuit / canDecide / signatures and ConventionSummary.awaitingRole.
 * For the conventions API: read « Validations » and « Signatures » once (see
 * app/approvals/work.ts › loadApprovalRows), then call `circuitView` (or `approvalDetail`) per
 * convention with those rows. Pure: no Apps Script.
 */
import type { DataRecord } from '../schema/field';
import type { ConventionDetail, ConventionSummary, SignatureInfo, ValidationStep } from '../contracts';
import type { Role, Settings } from '../settings/settings';
import { circuitFor } from './approval-circuit';
import { circuitState, rowsOfVersion, type CircuitState } from './approval-state';

interface CircuitView {
  /** Steps of the circuit for the current version. */
  circuit: ValidationStep[];
  /** The caller holds the role of the awaited step (and the convention is « En validation »). */
  canDecide: boolean;
  /** Role whose decision is awaited ('' when not in validation). */
  awaitingRole: string;
  /** Signatures of the current version: ours first. */
  signatures: SignatureInfo[];
}

/** Rows (Validations or Signatures) by convention ID, each list in sheet order. */
export function currentVersion(convention: DataRecord): number {
  const v = Number(convention.version);
  return Number.isInteger(v) && v >= 1 ? v : 1;
}

/** The circuit state of the convention's current version. */
export function stateOf(convention: DataRecord, validations: readonly DataRecord[], settings: Settings): CircuitState {
  const version = currentVersion(convention);
  return circuitState(circuitFor(convention, settings), rowsOfVersion(validations, String(convention.id), version));
}

function signaturesOf(convention: DataRecord, signatures: readonly DataRecord[]): SignatureInfo[] {
  return rowsOfVersion(signatures, String(convention.id), currentVersion(convention))
    .map((r) => ({
      party: (r.party === 'partenaire' ? 'partenaire' : 'nous') as SignatureInfo['party'],
      date: String(r.date ?? ''),
      signatory: String(r.signatory ?? ''),
      signedPdfUrl: String(r.signedPdfUrl ?? ''),
    }))
    .sort((a, b) => (a.party === b.party ? 0 : a.party === 'nous' ? -1 : 1));
}

/**
 * `validations` and `signatures` may be every row of the sheets or only this convention's;
 * rows of other conventions and of older versions are ignored.
 */
export function circuitView(
  convention: DataRecord,
  validations: readonly DataRecord[],
  signatures: readonly DataRecord[],
  settings: Settings,
  callerRole: Role | null,
): CircuitView {
  const state = stateOf(convention, validations, settings);
  const inValidation = convention.status === 'En validation';
  const awaitingRole = inValidation && state.awaiting ? state.awaiting.role : '';
  return {
    circuit: state.steps,
    canDecide: awaitingRole !== '' && callerRole === awaitingRole,
    awaitingRole,
    signatures: signaturesOf(convention, signatures),
  };
}

/** The approval part of a convention's detail, for a caller. */
export function approvalDetail(
  convention: DataRecord,
  partnerName: string,
  rows: { validations: readonly DataRecord[]; signatures: readonly DataRecord[] },
  settings: Settings,
  role: Role | null,
): ConventionDetail {
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
