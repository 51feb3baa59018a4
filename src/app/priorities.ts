/** Partners' priority score and quadrant, rewritten from their ratings and history (domain/partners/priority-refresh.ts). */
import { CONVENTIONS, INTERACTIONS, PARTNERS } from '../domain/schema/tables';
import type { Settings } from '../domain/settings/settings';
import { priorityChanges } from '../domain/partners/priority-refresh';
import type { Store } from '../store/store';

/** Recomputes the partners (all of them, or only `ids`), one write per column; returns how many changed. */
export function refreshPriorities(store: Store, settings: Settings, ids?: ReadonlySet<string>): number {
  const partners = store.table(PARTNERS);
  const records = <R>(rows: readonly { record: R }[]): R[] => rows.map((s) => s.record);
  const history = { interactions: records(store.table(INTERACTIONS).all()), conventions: records(store.table(CONVENTIONS).all()) };
  const { scores, quadrants, changed } = priorityChanges(partners.all(), history, store.today(), settings, ids);
  partners.writeComputed('priority', scores);
  partners.writeComputed('quadrant', quadrants);
  return changed;
}

/** Every partner recomputed (after the weights of Paramètres › Priorité changed, or new interactions/conventions). */
export function recomputePriorities(store: Store, settings: Settings): { updated: number; total: number } {
  const updated = refreshPriorities(store, settings);
  return { updated, total: store.table(PARTNERS).all().length };
}
