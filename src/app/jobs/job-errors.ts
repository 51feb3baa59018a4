/** Failures of scheduled jobs into *Journal des erreurs* (one append per dispatcher run), and their list for admins. */
import type { JobErrorPage } from '../../domain/contracts';
import { JOB_ERRORS } from '../../domain/jobs/job-errors';
import type { Store } from '../../store/store';

export interface JobFailure {
  job: string;
  message: string;
  stack: string;
}

/** Appends the run's failures in one write; the sheet is created with its header the first time. */
export function recordJobErrors(store: Store, failures: readonly JobFailure[]): void {
  if (!failures.length) return;
  if (!store.tableOrNull(JOB_ERRORS)) store.rewriteOwned(JOB_ERRORS.sheetName, { values: [JOB_ERRORS.fields.map((f) => f.header)], boldRows: [1] });
  const at = store.stamp();
  store.append(
    JOB_ERRORS,
    failures.map((f) => ({ at, job: f.job, message: f.message, stack: f.stack })),
  );
}

/** The newest failures first, one page at a time (none when the sheet was never needed). */
export function listJobErrors(store: Store, page: { offset: number; limit: number }): JobErrorPage {
  if (!store.tableOrNull(JOB_ERRORS)) return { total: 0, since: '', errors: [] };
  const all = store.columns(JOB_ERRORS, ['at', 'job', 'message', 'stack']).rows.map((r) => ({
    at: String(r.record.at ?? ''),
    job: String(r.record.job ?? ''),
    message: String(r.record.message ?? ''),
    stack: String(r.record.stack ?? ''),
  }));
  return { total: all.length, since: all[0]?.at ?? '', errors: all.reverse().slice(page.offset, page.offset + page.limit) };
}
