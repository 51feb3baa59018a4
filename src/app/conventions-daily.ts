/**
 * Daily use case of conventions: applies the status change due today of each convention (domain/conventions/transitions.ts)
 * through the store. The Journal gets every before → after first, then each changed column is
 * written once for all conventions (status, Modifié le, Modifié par): the job's cost does not grow
 * with the number of conventions that change.
 */
import type { LocalDate } from '../domain/format/local-date';
import { CONVENTIONS } from '../domain/schema/tables';
import { transitionDueToday } from '../domain/conventions/transitions';
import type { Store } from '../store/store';
import { applyStatusChanges } from './scheduled-status';

export interface DailyReport {
  today: string;
  activated: string[];
  expired: string[];
}

export function conventionsDaily(store: Store, today: LocalDate): DailyReport {
  const changes = store
    .table(CONVENTIONS)
    .all()
    .flatMap(({ row, record }) => {
      const due = transitionDueToday(record, today);
      return due ? [{ ...due, row }] : [];
    });
  applyStatusChanges(store, CONVENTIONS, changes, (c) => (c.to === 'Expirée' ? 'expiration' : 'activation'), { stamp: true });
  return {
    today,
    activated: changes.filter((c) => c.to === 'Active').map((c) => c.id),
    expired: changes.filter((c) => c.to === 'Expirée').map((c) => c.id),
  };
}
