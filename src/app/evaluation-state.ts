/** The state of a partner's latest joint evaluation, for the lifecycle's guards (an older workbook without « Évaluations » has none). */
import { EVALUATIONS } from '../domain/evaluation/tables';
import type { EvaluationState } from '../domain/partners/lifecycle';
import { text } from '../domain/records/coerce';
import type { Store } from '../store/store';

export function evaluationState(store: Store, partnerId: string): EvaluationState {
  const rows = store.tableOrNull(EVALUATIONS)?.all() ?? [];
  const mine = rows.filter((r) => text(r.record.partnerId) === partnerId);
  if (!mine.length) return 'none';
  return mine.some((r) => text(r.record.status) !== 'Décidée') ? 'open' : 'decided';
}
