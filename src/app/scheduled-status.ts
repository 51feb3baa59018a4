/**
 * The scheduled jobs' status changes (conventions activated or expired, commitments late or
 * starting): journalled first, then the Statut column written once for all rows. A failure
 * between the two leaves an announced change, which the next run makes.
 */
import type { TableSpec } from '../domain/schema/field';
import type { Store } from '../store/store';

export interface StatusChange {
  /** The sheet row, not the ID: two rows sharing an ID (typed by hand) both change, as each is due. */
  row: number;
  id: string;
  from: string;
  to: string;
}

export function applyStatusChanges(
  store: Store,
  spec: TableSpec,
  changes: readonly StatusChange[],
  action: (change: StatusChange) => string,
  opts: { stamp?: boolean } = {},
): void {
  if (!changes.length) return;
  store.journal(changes.map((c) => ({ sheet: spec.sheetName, recordId: c.id, action: action(c), field: 'Statut', before: c.from, after: c.to })));
  const table = store.table(spec);
  const rows = (value: (c: StatusChange) => string) => new Map(changes.map((c) => [c.row, value(c)]));
  table.writeComputed(
    'status',
    rows((c) => c.to),
  );
  if (!opts.stamp) return;
  const stamp = store.stamp();
  table.writeComputed(
    'updatedAt',
    rows(() => stamp),
  );
  table.writeComputed(
    'updatedBy',
    rows(() => store.user),
  );
}
