/** The state of a partner's joint evaluations, for the lifecycle's guards and its page (an older workbook without « Évaluations » has none). */
import { EVALUATIONS } from '../domain/evaluation/tables';
import type { EvaluationState } from '../domain/partners/lifecycle';
import { text } from '../domain/records/coerce';
import type { Store } from '../store/store';

const evaluationsOf = (store: Store, partnerId: string) =>
  (store.tableOrNull(EVALUATIONS)?.all() ?? []).map((r) => r.record).filter((r) => text(r.partnerId) === partnerId);

export function evaluationState(store: Store, partnerId: string): EvaluationState {
  return stateOf(partnerEvaluations(store, partnerId));
}

export const stateOf = (e: PartnerEvaluations): EvaluationState => (e.openId ? 'open' : e.lastDecidedId ? 'decided' : 'none');

export interface PartnerEvaluations {
  openId: string | null;
  lastDecidedId: string | null;
}

/** The evaluation in progress and the one decided last (by decision date), as IDs. */
export function partnerEvaluations(store: Store, partnerId: string): PartnerEvaluations {
  const mine = evaluationsOf(store, partnerId);
  const decided = mine.filter((r) => text(r.status) === 'Décidée').sort((a, b) => text(a.decidedOn).localeCompare(text(b.decidedOn)));
  return {
    openId: text(mine.find((r) => text(r.status) !== 'Décidée')?.id) || null,
    lastDecidedId: text(decided[decided.length - 1]?.id) || null,
  };
}
