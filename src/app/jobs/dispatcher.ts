/**
 * The hourly dispatcher: runs every scheduled job that is due, within one execution's time budget.
 * Each job declares its schedule; its last slot, outcome and error are kept in the job records.
 * The most overdue job runs first; a job that throws is recorded and the others still run; no job
 * is started once the budget is spent (they run first next hour); a job killed mid-run (6-minute
 * limit) is recorded « interrompue » and runs after the others next time.
 */
import type { DispatchReport, JobRunReport } from '../../domain/contracts';
import { currentSlot, dueInOrder, isDue, type JobRecord, type Schedule } from '../../domain/jobs/schedule';
import type { Ports } from '../ports';
import { refreshWeekExtracts } from '../my-week';
import { recordJobErrors, type JobFailure } from './job-errors';

/** What is left of the execution's time budget: a long job stops between two steps and resumes next hour. */
export interface JobBudget {
  remainingMs(): number;
}

export interface ScheduledJob {
  name: string;
  schedule: Schedule;
  /** Runs under the document lock; the store's user is the actor. */
  run(ports: Ports, budget: JobBudget): unknown;
}

/** Apps Script stops an execution at 6 minutes: no job is started after 4 min 30 s. */
export const TIME_BUDGET_MS = 4.5 * 60 * 1000;
const SCRIPT_LIMIT_MS = 6 * 60 * 1000;
/** How long a job waits for users' writes to finish before it is recorded as failed. */
const LOCK_WAIT_MS = 60 * 1000;

export const KILLED =
  "Exécution interrompue : la tâche a dépassé la limite de 6 minutes d'Apps Script. Elle reprend à l'heure suivante, après les autres tâches.";

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** A job still marked running when no dispatcher runs was killed mid-run: recorded as such. */
function recordKilled(ports: Ports, records: Record<string, JobRecord>): Record<string, JobRecord> {
  const out = { ...records };
  for (const [name, r] of Object.entries(records)) {
    if (!r.running) continue;
    out[name] = { lastSlot: r.lastSlot, lastRun: r.running, outcome: 'interrompue', error: KILLED };
    ports.jobRecords.write(name, out[name]);
  }
  return out;
}

/** One job, under the document lock; re-checked there, as an admin's run by hand may just have done it. */
function runJob(ports: Ports, job: ScheduledJob, budget: JobBudget, failures: JobFailure[]): JobRunReport | null {
  return ports.lock.run(() => {
    const local = ports.store.stamp();
    const before: JobRecord = ports.jobRecords.read()[job.name] ?? {};
    if (!isDue(job.schedule, before, local)) return null;
    // Written before the job starts: if the execution is killed, the next run knows it.
    ports.jobRecords.write(job.name, { ...before, running: local });
    let result: unknown;
    try {
      // Each write journals itself before it is made: a job failing midway leaves no write unjournaled.
      result = job.run(ports, budget);
    } catch (e) {
      const error = errorText(e);
      failures.push({ job: job.name, message: error, stack: e instanceof Error ? (e.stack ?? '') : '' });
      ports.jobRecords.write(job.name, { lastSlot: before.lastSlot, lastRun: local, outcome: 'échec', error });
      return { name: job.name, outcome: 'échec', error };
    }
    ports.jobRecords.write(job.name, { lastSlot: currentSlot(job.schedule, local), lastRun: local, outcome: 'terminée' });
    return { name: job.name, outcome: 'terminée', result };
  }, LOCK_WAIT_MS);
}

export function runScheduledJobs(ports: Ports, jobs: readonly ScheduledJob[]): DispatchReport {
  const startedMs = Date.now();
  const report: DispatchReport = { ran: [], postponed: [], skipped: false };
  const budget: JobBudget = { remainingMs: () => TIME_BUDGET_MS - (Date.now() - startedMs) };
  const failures: JobFailure[] = [];
  if (!ports.lock.run(() => ports.jobRecords.takeLease(startedMs, SCRIPT_LIMIT_MS))) return { ...report, skipped: true };
  try {
    const records = recordKilled(ports, ports.jobRecords.read());
    for (const name of dueInOrder(jobs, records, ports.store.stamp())) {
      if (Date.now() - startedMs >= TIME_BUDGET_MS) {
        report.postponed.push(name);
        continue;
      }
      const job = jobs.find((j) => j.name === name) as ScheduledJob;
      try {
        const ran = runJob(ports, job, budget, failures);
        if (ran) report.ran.push(ran);
      } catch (err) {
        // The lock could not be had (users writing for a minute): the job stays due.
        const error = errorText(err);
        ports.jobRecords.write(name, { ...records[name], lastRun: ports.store.stamp(), outcome: 'échec', error });
        failures.push({ job: name, message: error, stack: err instanceof Error ? (err.stack ?? '') : '' });
        report.ran.push({ name, outcome: 'échec', error });
      }
    }
    // « Ma semaine » sees within the hour a change no trigger reports (another script, the API).
    if (Date.now() - startedMs < TIME_BUDGET_MS) refreshWeekExtracts(ports);
    // Never silent: a trigger sends no failure e-mail. One write for the run's failures.
    if (failures.length) ports.lock.run(() => recordJobErrors(ports.store, failures), LOCK_WAIT_MS);
  } finally {
    ports.jobRecords.releaseLease();
  }
  return report;
}
