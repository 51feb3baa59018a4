/**
 * State of the approval circuit of one version of a convention, from its « Validations » rows
 * (append-only: the latest row of a step wins). Pure: no Apps Script.
 */
import type { DataRecord } from '../schema/field';
import type { ValidationStep } from '../contracts';
import type { ValidationDecision } from './approval-tables';
import type { AppliedStep } from './approval-circuit';

type CircuitOutcome = 'non soumise' | 'en cours' | 'validée' | 'rejetée' | 'modifications demandées';

export interface CircuitState {
  steps: ValidationStep[];
  /** The step whose decision is awaited (null when the circuit is not running). */
  awaiting: AppliedStep | null;
  outcome: CircuitOutcome;
  /** Who submitted this version, and when ('' if never). */
  submittedBy: string;
  submittedAt: string;
}

const STATUS_OF: Record<Exclude<ValidationDecision, 'soumise'>, ValidationStep['status']> = {
  approuvée: 'approuvée',
  rejetée: 'rejetée',
  'modifications demandées': 'modifications demandées',
  'non requise': 'non requise',
};

/** Rows of one convention and version, in sheet (= time) order. */
export function rowsOfVersion(rows: readonly DataRecord[], conventionId: string, version: number): DataRecord[] {
  return rows.filter((r) => String(r.conventionId) === conventionId && Number(r.version) === version);
}

/**
 * Walks the steps in order: a step without a decision is awaited once the version is submitted;
 * a rejection or a change request ends the circuit; when every applicable step is approved
 * (or not required) the version is « validée ».
 */
export function circuitState(steps: readonly AppliedStep[], versionRows: readonly DataRecord[]): CircuitState {
  let submittedBy = '';
  let submittedAt = '';
  const latest = new Map<number, DataRecord>();
  for (const r of versionRows) {
    if (r.decision === 'soumise') {
      submittedBy = String(r.validator ?? '');
      submittedAt = String(r.date ?? '');
    } else latest.set(Number(r.order), r);
  }
  const submitted = submittedBy !== '' || latest.size > 0;
  let outcome: CircuitOutcome = submitted ? 'en cours' : 'non soumise';
  let awaiting: AppliedStep | null = null;
  const out: ValidationStep[] = steps.map((step) => {
    const base = { order: step.order, role: step.role, required: step.required, by: '', at: '', comment: '' };
    const decision = latest.get(step.order);
    if (decision && decision.decision !== 'soumise') {
      const status = STATUS_OF[decision.decision as keyof typeof STATUS_OF] ?? 'à venir';
      if ((status === 'rejetée' || status === 'modifications demandées') && outcome === 'en cours' && awaiting === null) outcome = status;
      return { ...base, status, by: String(decision.validator ?? ''), at: String(decision.date ?? ''), comment: String(decision.comment ?? '') };
    }
    if (!step.applies) return { ...base, status: 'non requise' as const, comment: step.reason };
    if (!step.required && step.holders.length === 0) {
      return { ...base, status: 'non requise' as const, comment: `Étape facultative sans titulaire du rôle ${step.role} dans Paramètres › Rôles.` };
    }
    if (outcome === 'en cours' && awaiting === null) {
      awaiting = step;
      return { ...base, status: 'en attente' as const, comment: step.reason };
    }
    return { ...base, status: 'à venir' as const, comment: step.reason };
  });
  if (outcome === 'en cours' && awaiting === null) outcome = 'validée';
  return { steps: out, awaiting, outcome, submittedBy, submittedAt };
}
