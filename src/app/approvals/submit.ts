/**
 * Submits the current version of a « Brouillon » convention with a generated Doc: status
 * « En validation », the holders of the first applicable step notified. A retry (the convention
 * is already « En validation » for this version) only re-sends what was not sent.
 */
import type { ConventionDetail } from '../../domain/contracts';
import { CONVENTIONS } from '../../domain/schema/tables';
import type { Role, Settings } from '../../domain/settings/settings';
import { currentVersion, stateOf } from '../../domain/conventions/approval-view';
import { submissionRefusal } from '../../domain/conventions/approval-state';
import type { Ports } from '../ports';
import { notifyAuthor, notifyAwaited, withNotice } from './notify';
import { openWork, validationRows, workDetail } from './work';

export function submitForValidation(ports: Ports, settings: Settings, role: Role, id: string): ConventionDetail {
  const { store } = ports;
  const w = openWork(store, id);
  const version = currentVersion(w.record);
  let state = stateOf(w.record, validationRows(w), settings);

  if (w.record.status === 'En validation' && state.outcome === 'en cours') {
    const sent = state.awaiting ? notifyAwaited(ports, w, state.awaiting, settings) : null;
    return withNotice(workDetail(store, w, settings, role), [sent]);
  }
  const refusal = submissionRefusal(w.record, version, state, settings);
  if (refusal) throw new Error(refusal);

  w.validations.insert([{ conventionId: id, version, order: 0, role, validator: store.user, decision: 'soumise', comment: '', date: store.stamp() }]);
  state = stateOf(w.record, validationRows(w), settings);
  w.record = w.conventions.update(id, { status: state.outcome === 'validée' ? 'Validée' : 'En validation' }, 'soumission');
  store.journal([
    {
      sheet: CONVENTIONS.sheetName,
      recordId: id,
      action: 'validation',
      field: 'Circuit',
      before: '',
      after: `version ${version} soumise${state.awaiting ? ` ; attendu : ${state.awaiting.role}` : ' ; aucune étape requise'}`,
    },
  ]);
  const sent = state.awaiting ? notifyAwaited(ports, w, state.awaiting, settings) : notifyAuthor(ports, w, state.submittedBy, 'validée', '');
  return withNotice(workDetail(store, w, settings, role), [sent]);
}
