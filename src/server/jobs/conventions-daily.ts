/**
 * Daily job of conventions (run by the scheduled-jobs dispatcher, once a day): active conventions
 * past their end date → « Expirée »; signed conventions whose start date has come → « Active ».
 * Queued e-mails go with the hourly job « e-mails » (scheduled-jobs.ts). One read of Conventions, one
 * write per changed column, one Journal block.
 */
import type { ConventionStatus } from '../../domain/schema/vocabulary';
import { CONVENTIONS } from '../../domain/schema/tables';
import type { CellData } from '../../domain/schema/field';
import { SheetTable } from '../../services/sheet-table';
import type { StoreContext } from '../../services/store-context';
import { appendJournal, type JournalEntry } from '../../services/journal';
import { toLocalDate } from '../../domain/format/time-zone';

export interface DailyReport {
  today: string;
  activated: string[];
  expired: string[];
}

interface StatusChange {
  row: number;
  id: string;
  from: ConventionStatus | '';
  to: ConventionStatus;
}

/** Status changes due today (pure apart from the table read). */
function dueStatusChanges_(table: SheetTable<typeof CONVENTIONS>, today: string): StatusChange[] {
  const out: StatusChange[] = [];
  for (const { row, record } of table.all()) {
    const { status, startDate: start, endDate: end } = record;
    let next: ConventionStatus | null = null;
    if ((status === 'Active' || status === 'Signée') && end !== '' && end < today) next = 'Expirée';
    else if (status === 'Signée' && (start === '' || start <= today)) next = 'Active';
    if (next) out.push({ row, id: record.id, from: status, to: next });
  }
  return out;
}

/** Runs under the document lock and one Journal block (the dispatcher's); ctx.user is the actor (« tâche planifiée »). */
export function conventionsDaily(ctx: StoreContext): DailyReport {
  const today = toLocalDate(new Date(), ctx.timeZone);
  const table = SheetTable.open(ctx, CONVENTIONS);
  const changes = dueStatusChanges_(table, today);
  if (changes.length) {
    const stamp = ctx.stamp();
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
      column(() => ctx.user),
    );
    appendJournal(
      ctx,
      changes.map((c): JournalEntry => ({
        sheet: CONVENTIONS.sheetName,
        recordId: c.id,
        action: c.to === 'Expirée' ? 'expiration' : 'activation',
        field: 'Statut',
        before: c.from,
        after: c.to,
      })),
    );
  }
  return {
    today,
    activated: changes.filter((c) => c.to === 'Active').map((c) => c.id),
    expired: changes.filter((c) => c.to === 'Expirée').map((c) => c.id),
  };
}
