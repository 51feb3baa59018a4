/**
 * State of the approval circuit of one version of a convention, from its « Validations » rows
 * (append-only: the latest row of a step wins), and what submitting or deciding may do to it
 * (the refusals, the convention's status after a decision). Pure: no Apps Script.
 */
import type { DataRecord } from '../schema/field';
import type { ValidationStep } from '../contracts';
import type { ValidationDecision } from './approval-tables';
import type { Role, Settings } from '../settings/settings';
import { circuitFor, stepLabel, type AppliedStep } from './approval-circuit';

export type CircuitOutcome = 'non soumise' | 'en cours' | 'validée' | 'rejetée' | 'modifications demandées';

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

// ---- Submitting and deciding ---------------------------------------------------------------

/** A decision as the sidebar names it. */
export type DecisionChoice = 'approuver' | 'rejeter' | 'demander des modifications';

/** The « Validations » row of a decision. */
export const DECISION_ROW: Record<DecisionChoice, ValidationDecision> = {
  approuver: 'approuvée',
  rejeter: 'rejetée',
  'demander des modifications': 'modifications demandées',
};

/**
 * Why the current `version` of a convention may not be submitted (French), or null. `state` is its
 * circuit state; a convention already « En validation » is a retry, not a submission (see the use case).
 */
export function submissionRefusal(convention: DataRecord, version: number, state: CircuitState, settings: Settings): string | null {
  const id = String(convention.id);
  const status = String(convention.status ?? '');
  if (status !== 'Brouillon') {
    return `La convention ${id} est au statut « ${status} » : seule une convention au statut « Brouillon » peut être soumise au circuit de validation.`;
  }
  if (!String(convention.docUrl ?? '').trim()) {
    return `La convention ${id} n'a pas de document généré (colonne « Lien Doc » vide) : générez la convention avant de la soumettre.`;
  }
  if (state.outcome === 'rejetée' || state.outcome === 'modifications demandées') {
    return `La version ${version} de la convention ${id} a été ${state.outcome === 'rejetée' ? 'rejetée' : 'renvoyée pour modifications'} : générez une nouvelle version avant de la soumettre à nouveau.`;
  }
  if (settings.circuitProblems?.length) return `Le circuit de validation est mal configuré : ${settings.circuitProblems.join(' ')}`;
  const orphan = circuitFor(convention, settings).find((s) => s.applies && s.required && s.holders.length === 0);
  if (orphan) {
    return `Aucun titulaire du rôle ${orphan.role} dans Paramètres › Rôles (${stepLabel(orphan)} du circuit) : ajoutez-en un avant de soumettre la convention ${id}.`;
  }
  return null;
}

/** The step a decision on version `v` is about, or why no decision is awaited (French). */
export function awaitedStep(convention: DataRecord, current: number, state: CircuitState, v: number): AppliedStep | { refusal: string } {
  const id = String(convention.id);
  if (v !== current) {
    return {
      refusal: `La version ${v} de la convention ${id} n'est plus la version en cours (version actuelle : ${current}) : la décision doit porter sur la version ${current}.`,
    };
  }
  if (convention.status !== 'En validation') {
    return { refusal: `La convention ${id} n'est pas en validation (statut : « ${String(convention.status ?? '')} ») : aucune décision n'est attendue.` };
  }
  if (!state.awaiting) return { refusal: `La convention ${id} n'attend plus de décision : toutes les étapes du circuit sont franchies.` };
  return state.awaiting;
}

/** Why `role` may not take this decision on the awaited `step` (French, naming who may), or null. */
export function decisionRefusal(id: string, step: AppliedStep, role: Role, choice: DecisionChoice, comment: string): string | null {
  if (role !== step.role) {
    return `Décision refusée : la convention ${id} attend la décision du rôle ${step.role} (${stepLabel(step)}) ; votre rôle est ${role}.`;
  }
  if (choice !== 'approuver' && comment === '') {
    return `Commentaire obligatoire pour ${choice === 'rejeter' ? 'rejeter' : 'demander des modifications de'} la convention ${id} : expliquez la raison.`;
  }
  return null;
}

/** Why an admin may not mark the awaited step « non requise » (French), or null. */
export function skipRefusal(step: AppliedStep): string | null {
  return step.required ? `L'étape en attente (${stepLabel(step)}) est obligatoire : seul le rôle ${step.role} peut la franchir.` : null;
}

/** The convention's status once its circuit reached `outcome` (null: unchanged, the circuit goes on). */
export function statusAfter(outcome: CircuitOutcome): 'Brouillon' | 'Validée' | null {
  if (outcome === 'rejetée' || outcome === 'modifications demandées') return 'Brouillon';
  return outcome === 'validée' ? 'Validée' : null;
}
