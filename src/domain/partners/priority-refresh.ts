/**
 * Which priority scores and Mendelow quadrants of Partenaires change (system columns), with the
 * history counted from Interactions and Conventions. Pure: the callers read the sheets and write
 * the two columns in one write each.
 */
import type { CellData, Row } from '../schema/field';
import type { CONVENTIONS, INTERACTIONS, PARTNERS } from '../schema/tables';
import type { LocalDate } from '../format/local-date';
import { DEFAULT_PRIORITY_WEIGHTS, type Settings } from '../settings/settings';
import { priorityScore, quadrantOf } from './priority';
import { historyCounts } from './partner-detail';

const same = (a: CellData | undefined, b: CellData): boolean => (a ?? '') === (b ?? '');

export interface PriorityChanges {
  /** Sheet row → new value, only where it changed. */
  scores: Map<number, CellData>;
  quadrants: Map<number, CellData>;
  /** Number of partners whose score or quadrant changed. */
  changed: number;
}

/** Recomputes the partners (all of them, or only `ids`). */
export function priorityChanges(
  partners: readonly { row: number; record: Row<typeof PARTNERS> }[],
  history: { interactions: readonly Row<typeof INTERACTIONS>[]; conventions: readonly Row<typeof CONVENTIONS>[] },
  today: LocalDate,
  settings: Settings,
  ids?: ReadonlySet<string>,
): PriorityChanges {
  const counts = historyCounts(history.interactions, history.conventions, today);
  // Settings cached by an older version may lack the weights.
  const weights = settings.priorityWeights ?? DEFAULT_PRIORITY_WEIGHTS;
  const scores = new Map<number, CellData>();
  const quadrants = new Map<number, CellData>();
  const changed = new Set<number>();
  for (const { row, record } of partners) {
    const id = record.id;
    if (ids && !ids.has(id)) continue;
    const c = counts.get(id) ?? { interactions12m: 0, activeConventions: 0 };
    const score =
      priorityScore({ alignment: record.alignment, potential: record.potential, power: record.power, interest: record.interest, ...c }, weights) ?? '';
    const quadrant = quadrantOf(record.power, record.interest);
    if (!same(record.priority, score)) {
      scores.set(row, score);
      changed.add(row);
    }
    if (!same(record.quadrant, quadrant)) {
      quadrants.set(row, quadrant);
      changed.add(row);
    }
  }
  return { scores, quadrants, changed: changed.size };
}
