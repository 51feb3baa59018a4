/**
 * The hourly dispatcher (SCHEDULED_JOBS_HANDLER): runs every scheduled job that is due, from the
 * registry below, within one execution's time budget. Each job declares its schedule; its last
 * slot, outcome and error are kept in document properties (job-records.ts). The most overdue job
 * runs first; a job that throws is recorded and the others still run; no job is started once the
 * budget is spent (they run first next hour); a job killed mid-run (6-minute limit) is recorded
 * « interrompue » and runs after the others next time. A new job is one line in SCHEDULED_JOBS.
 */
import type { JobRunReport, DispatchReport } from '../../domain/contracts';
import { currentSlot, dueInOrder, isDue, type JobRecord, type Schedule } from '../../domain/jobs/schedule';
import { withDocumentLock } from '../../services/lock';
import { readJobRecords, releaseLease, takeLease, writeJobRecord } from '../../services/job-records';
import type { StoreContext } from '../../services/store-context';
import { toLocalDateTime } from '../../domain/format/time-zone';
import { serve } from '../frame/endpoint';
import { conventionsDaily } from './conventions-daily';
import { sendQueued } from '../../services/mail/notifier';
import { folderSharingJob } from './folder-sharing';
import { surveyJobs } from '../../app/surveys/jobs';
import { portsFor } from '../frame/ports';

interface ScheduledJob {
  name: string;
  schedule: Schedule;
  /** Runs under the document lock and one Journal block; ctx.user is the actor. */
  run(ctx: StoreContext): unknown;
}

export const SCHEDULED_JOBS: readonly ScheduledJob[] = [
  { name: 'enquêtes', schedule: { every: 'hour' }, run: (ctx) => surveyJobs(portsFor(ctx)) },
  { name: 'conventions', schedule: { every: 'day', atHour: 6 }, run: conventionsDaily },
  { name: 'partage', schedule: { every: 'day', atHour: 5 }, run: folderSharingJob },
  // Approval notices waiting for the quota or after a temporary failure of Gmail (retried a few times).
  { name: 'e-mails', schedule: { every: 'hour' }, run: (ctx) => sendQueued(ctx) },
];

/** Apps Script stops an execution at 6 minutes: no job is started after 4 min 30 s. */
export const TIME_BUDGET_MS = 4.5 * 60 * 1000;
const SCRIPT_LIMIT_MS = 6 * 60 * 1000;
/** How long a job waits for users' writes to finish before it is recorded as failed. */
const LOCK_WAIT_MS = 60 * 1000;

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

const KILLED = "Exécution interrompue : la tâche a dépassé la limite de 6 minutes d'Apps Script. Elle reprend à l'heure suivante, après les autres tâches.";

/** A job still marked running when no dispatcher runs was killed mid-run: recorded as such. */
function recordKilled_(records: Record<string, JobRecord>): Record<string, JobRecord> {
  const out = { ...records };
  for (const [name, r] of Object.entries(records)) {
    if (!r.running) continue;
    out[name] = { lastSlot: r.lastSlot, lastRun: r.running, outcome: 'interrompue', error: KILLED };
    writeJobRecord(name, out[name]);
  }
  return out;
}

/** One job, under the document lock; re-checked there, as an admin's run by hand may just have done it. */
function runJob_(ctx: StoreContext, job: ScheduledJob): JobRunReport | null {
  return withDocumentLock(() => {
    const local = toLocalDateTime(new Date(), ctx.timeZone);
    const before: JobRecord = readJobRecords()[job.name] ?? {};
    if (!isDue(job.schedule, before, local)) return null;
    // Written before the job starts: if the execution is killed, the next run knows it.
    writeJobRecord(job.name, { ...before, running: local });
    let result: unknown;
    try {
      // Each write journals itself before it is made (services/journal.ts): a job failing midway leaves no write unjournaled.
      result = job.run(ctx);
    } catch (e) {
      const error = errorText(e);
      writeJobRecord(job.name, { lastSlot: before.lastSlot, lastRun: local, outcome: 'échec', error });
      return { name: job.name, outcome: 'échec', error };
    }
    writeJobRecord(job.name, { lastSlot: currentSlot(job.schedule, local), lastRun: local, outcome: 'terminée' });
    return { name: job.name, outcome: 'terminée', result };
  }, LOCK_WAIT_MS);
}

/**
 * Handler of the hourly trigger; an admin may also run it by hand. Runs only from Pacte's own
 * trigger or for an admin (trigger-guard.ts); a trigger run acts as « tâche planifiée ».
 */
export const runScheduledJobs = serve('runScheduledJobs', ({ ctx }): DispatchReport => {
  const startedMs = Date.now();
  const report: DispatchReport = { ran: [], postponed: [], skipped: false };
  if (!withDocumentLock(() => takeLease(startedMs, SCRIPT_LIMIT_MS))) return { ...report, skipped: true };
  try {
    const records = recordKilled_(readJobRecords());
    for (const name of dueInOrder(SCHEDULED_JOBS, records, toLocalDateTime(new Date(), ctx.timeZone))) {
      if (Date.now() - startedMs >= TIME_BUDGET_MS) {
        report.postponed.push(name);
        continue;
      }
      const job = SCHEDULED_JOBS.find((j) => j.name === name) as ScheduledJob;
      try {
        const ran = runJob_(ctx, job);
        if (ran) report.ran.push(ran);
      } catch (err) {
        // The lock could not be had (users writing for a minute): the job stays due.
        const error = errorText(err);
        writeJobRecord(name, { ...records[name], lastRun: toLocalDateTime(new Date(), ctx.timeZone), outcome: 'échec', error });
        report.ran.push({ name, outcome: 'échec', error });
      }
    }
  } finally {
    releaseLease();
  }
  return report;
});
