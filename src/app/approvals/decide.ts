/**
 * Decisions on the awaited step of the current version. The holder of its role approves, rejects
 * or requests changes: approval moves to the next applicable step (notified) or, after the last,
 * to « Validée » (author notified); rejection and change requests (comment required) send the
 * convention back to « Brouillon » (author notified; a new version restarts the circuit). An admin
 * may mark an optional step « non requise ». Each decision is a row of « Validations » (append-only)
 * and a Journal entry.
 */
import type { ConventionDetail } from '../../domain/contracts';
import { CONVENTIONS } from '../../domain/schema/tables';
import type { Role, Settings } from '../../domain/settings/settings';
import type { ValidationDecision } from '../../domain/conventions/approval-tables';
import type { AppliedStep } from '../../domain/conventions/approval-circuit';
import { currentVersion, stateOf } from '../../domain/conventions/approval-view';
import { awaitedStep, DECISION_ROW, decisionRefusal, skipRefusal, statusAfter, type DecisionChoice } from '../../domain/conventions/approval-state';
import type { Ports } from '../ports';
import { notifyAuthor, notifyAwaited, withNotice } from './notify';
import { openWork, validationRows, workDetail, type ConventionWork } from './work';

export function decideValidation(
  ports: Ports,
  settings: Settings,
  role: Role,
  id: string,
  v: number,
  choice: DecisionChoice,
  comment: string | undefined,
): ConventionDetail {
  const text = comment ?? '';
  const w = openWork(ports.store, id);
  // The step decided, as the first attempt found it: its retry finishes that decision, not the next step's.
  const step = ports.request.once('step', () => awaitedStepOf(w, v, settings));
  const refusal = decisionRefusal(id, step, role, choice, text);
  if (refusal) throw new Error(refusal);
  return recordDecision(ports, w, step, DECISION_ROW[choice], text, settings, role);
}

/** An admin marks the awaited optional step « non requise »; the circuit moves on. */
export function skipOptionalStep(ports: Ports, settings: Settings, role: Role, id: string, v: number, comment: string | undefined): ConventionDetail {
  const w = openWork(ports.store, id);
  const step = awaitedStepOf(w, v, settings);
  const refusal = skipRefusal(step);
  if (refusal) throw new Error(refusal);
  return recordDecision(ports, w, step, 'non requise', comment || 'Étape facultative marquée « non requise » par un admin.', settings, role);
}

function awaitedStepOf(w: ConventionWork, v: number, settings: Settings): AppliedStep {
  const step = awaitedStep(w.record, currentVersion(w.record), stateOf(w.record, validationRows(w), settings), v);
  if ('refusal' in step) throw new Error(step.refusal);
  return step;
}

function recordDecision(
  ports: Ports,
  w: ConventionWork,
  step: AppliedStep,
  decision: ValidationDecision,
  comment: string,
  settings: Settings,
  role: Role,
): ConventionDetail {
  const { store } = ports;
  const id = w.record.id;
  const version = currentVersion(w.record);
  w.validations.insert([{ conventionId: id, version, order: step.order, role: step.role, validator: store.user, decision, comment, date: store.stamp() }]);
  const state = stateOf(w.record, validationRows(w), settings);
  store.journal([
    {
      sheet: CONVENTIONS.sheetName,
      recordId: id,
      action: 'validation',
      field: `Étape ${step.order} (${step.role})`,
      before: 'en attente',
      after: `${decision}${comment ? ` : ${comment}` : ''}`,
    },
  ]);
  const status = statusAfter(state.outcome);
  if (status) w.record = w.conventions.update(id, { status }, 'validation');
  const sent =
    state.outcome === 'rejetée' || state.outcome === 'modifications demandées' || state.outcome === 'validée'
      ? notifyAuthor(ports, w, state.submittedBy, state.outcome, comment)
      : state.awaiting
        ? notifyAwaited(ports, w, state.awaiting, settings)
        : null;
  return withNotice(workDetail(store, w, settings, role), [sent]);
}
