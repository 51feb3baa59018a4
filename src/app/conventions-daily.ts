/**
 * Daily use case of conventions: applies the status change due today of each convention (domain/conventions/transitions.ts)
 * through the store. The Journal gets every before → after first, then each changed column is
 * written once for all conventions (status, Modifié le, Modifié par): the job's cost does not grow
 * with the number of conventions that change.
 */
import type { LocalDate } from '../domain/format/local-date';
import type { CellData } from '../domain/schema/field';
import { CONVENTIONS } from '../domain/schema/tables';
import { transitionDueToday } from '../domain/conventions/transitions';
import type { Store } from '../store/store';

export interface DailyReport {
  today: string;
  activated: string[];
  expired: string[];
}

export function conventionsDaily(store: Store, today: LocalDate): DailyReport {
  const table = store.table(CONVENTIONS);
  // By sheet row, not by ID: two rows sharing an ID (typed by hand) both change, as each is due.
  const changes = table.all().flatMap(({ row, record }) => {
    const due = transitionDueToday(record, today);
    return due ? [{ ...due, row }] : [];
  });
  if (changes.length) {
    // Journal first: a failure between the two leaves an announced change, which tomorrow's run makes.
    store.journal(
      changes.map((c) => ({
        sheet: CONVENTIONS.sheetName,
        recordId: c.id,
        action: c.to === 'Expirée' ? 'expiration' : 'activation',
        field: 'Statut',
        before: c.from,
        after: c.to,
      })),
    );
    const stamp = store.stamp();
    const column = (value: (c: (typeof changes)[number]) => CellData) => new Map(changes.map((c) => [c.row, value(c)]));
    table.writeComputed(
      'status',
      column((c) => c.to),
    );
    table.writeComputed(
      'updatedAt',
      column(() => stamp),
    );
    table.writeComputed(
      'updatedBy',
      column(() => store.user),
    );
  }
  return {
    today,
    activated: changes.filter((c) => c.to === 'Active').map((c) => c.id),
    expired: changes.filter((c) => c.to === 'Expirée').map((c) => c.id),
  };
}
