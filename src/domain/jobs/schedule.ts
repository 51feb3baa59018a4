/**
 * When each scheduled job is due, from the local wall-clock time of the spreadsheet's zone
 * ("2026-03-12T09:30:00"). A job is due once per slot: an hour ("2026-03-12T09") or a day
 * ("2026-03-12", from its hour on). A job that missed slots (never run, failed, or not started
 * because the hour's time budget ran out) is the more overdue the earlier its first missed slot
 * began, and runs first; a job whose last attempt was killed mid-run (6-minute limit) runs last,
 * so that it cannot starve the others hour after hour.
 */
export type Schedule = { every: 'hour' } | { every: 'day'; atHour: number };

export type JobOutcome = 'terminée' | 'échec' | 'interrompue';

/** What is kept of a job between runs (document properties). */
export interface JobRecord {
  /** The last slot the job completed. */
  lastSlot?: string;
  /** Local date-time of its last attempt, its outcome and error (for the admin and the Diagnostic). */
  lastRun?: string;
  outcome?: JobOutcome;
  error?: string;
  /** Set while an attempt runs; still set at the next run means the execution was killed. */
  running?: string;
}

export interface JobPlan {
  name: string;
  schedule: Schedule;
}

const pad = (n: number): string => (n < 10 ? '0' + n : '' + n);

function shiftDay(day: string, by: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + by));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** The slot the local time falls in. */
export function currentSlot(schedule: Schedule, local: string): string {
  const day = local.slice(0, 10);
  if (schedule.every === 'hour') return local.slice(0, 13);
  return Number(local.slice(11, 13)) >= schedule.atHour ? day : shiftDay(day, -1);
}

/** Local start of the slot after `slot` ('' when the job never ran: the most overdue of all). */
function firstMissedStart(schedule: Schedule, slot: string | undefined): string {
  if (!slot) return '';
  if (schedule.every === 'day') return `${shiftDay(slot, 1)}T${pad(schedule.atHour)}`;
  const next = new Date(Date.UTC(+slot.slice(0, 4), +slot.slice(5, 7) - 1, +slot.slice(8, 10), +slot.slice(11, 13) + 1));
  return `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}T${pad(next.getUTCHours())}`;
}

function wasKilled(record: JobRecord | undefined): boolean {
  return Boolean(record?.running) || record?.outcome === 'interrompue';
}

export function isDue(schedule: Schedule, record: JobRecord | undefined, local: string): boolean {
  const last = record?.lastSlot;
  return !last || last < currentSlot(schedule, local);
}

/** The jobs due now, in the order to run them (declaration order breaks ties). */
export function dueInOrder(jobs: readonly JobPlan[], records: Readonly<Record<string, JobRecord | undefined>>, local: string): string[] {
  return jobs
    .map((job, index) => ({ job, index, record: records[job.name] }))
    .filter(({ job, record }) => isDue(job.schedule, record, local))
    .sort(
      (a, b) =>
        Number(wasKilled(a.record)) - Number(wasKilled(b.record)) ||
        firstMissedStart(a.job.schedule, a.record?.lastSlot).localeCompare(firstMissedStart(b.job.schedule, b.record?.lastSlot)) ||
        a.index - b.index,
    )
    .map(({ job }) => job.name);
}
