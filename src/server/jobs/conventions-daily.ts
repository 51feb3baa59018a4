/**
 * Daily job of conventions (run by the scheduled-jobs dispatcher, once a day): the use case
 * app/conventions-daily.ts on this execution's Sheets store. Queued e-mails go with the hourly job
 * « e-mails » (scheduled-jobs.ts).
 */
import { conventionsDaily as applyDailyTransitions, type DailyReport } from '../../app/conventions-daily';
import { storeFor } from '../../services/sheets-store';
import type { StoreContext } from '../../services/store-context';

export type { DailyReport };

/** Runs under the document lock and one Journal block (the dispatcher's); ctx.user is the actor (« tâche planifiée »). */
export function conventionsDaily(ctx: StoreContext): DailyReport {
  const store = storeFor(ctx);
  return applyDailyTransitions(store, store.today());
}
