/** Scheduled jobs' records (last slot, outcome, error), one document property per job. */
import type { JobRecord } from '../domain/jobs/schedule';

const PREFIX = 'pacte.job.';
const LEASE_KEY = 'pacte.jobs.lease';

function props(): GoogleAppsScript.Properties.Properties {
  const p = PropertiesService.getDocumentProperties();
  if (!p) throw new Error('Ouvrez Pacte depuis un classeur Google Sheets.');
  return p;
}

/** Every job's record, in one read. */
export function readJobRecords(): Record<string, JobRecord> {
  const out: Record<string, JobRecord> = {};
  for (const [key, value] of Object.entries(props().getProperties())) {
    if (!key.startsWith(PREFIX)) continue;
    try {
      out[key.slice(PREFIX.length)] = JSON.parse(value) as JobRecord;
    } catch {
      // A record edited by hand: the job is simply due again.
    }
  }
  return out;
}

export function writeJobRecord(name: string, record: JobRecord): void {
  props().setProperty(PREFIX + name, JSON.stringify(record));
}

/**
 * Takes the dispatcher's lease (two admins' hourly triggers may fire together): true when no
 * other run holds an unexpired one. Taken under the document lock, held without it, so users
 * are not blocked while the jobs run.
 */
export function takeLease(nowMs: number, forMs: number): boolean {
  const p = props();
  const until = Number(p.getProperty(LEASE_KEY) ?? 0);
  if (until > nowMs) return false;
  p.setProperty(LEASE_KEY, String(nowMs + forMs));
  return true;
}

export function releaseLease(): void {
  props().deleteProperty(LEASE_KEY);
}

/** A long job's position between runs (its own property: the dispatcher rewrites the job's record). */
const POSITION = (name: string) => `pacte.jobpos.${name}`;
export const position = (name: string): string | null => props().getProperty(POSITION(name));
export function setPosition(name: string, value: string | null): void {
  if (value === null) props().deleteProperty(POSITION(name));
  else props().setProperty(POSITION(name), value);
}

/** The job-records port of the dispatcher (app/ports/jobs.ts). */
export const jobRecords = { read: readJobRecords, write: writeJobRecord, takeLease, releaseLease, position, setPosition };
