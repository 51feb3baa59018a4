/**
 * What the sidebar shows of the approval circuit and signatures of a convention: fills
 * ConventionDetail.circuit / canDecide / signatures and ConventionSummary.awaitingRole.
 * For the conventions API: read « Validations » and « Signatures » once (see
 * app/conventions/read.ts › approvalRows), then call `circuitView` per convention with
 * those rows. Pure: no Apps Script.
 */
import type { DataRecord } from '../schema/field';
import type { SignatureInfo, ValidationStep } from '../contracts';
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
