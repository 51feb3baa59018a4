/**
 * What the scheduled jobs and the installer need from Apps Script: the document lock
 * (LockService), the jobs' records in document properties, and the user's project triggers
 * (ScriptApp, with the user's record of which hourly trigger serves which workbook).
 */
import type { JobRecord } from '../../domain/jobs/schedule';
import type { InstalledTrigger } from '../../domain/jobs/trigger-plan';

export interface DocumentLock {
  /** Runs fn holding the document lock (re-entrant); throws a French « réessayez » after waitMs. */
  run<T>(fn: () => T, waitMs?: number): T;
}

export interface JobRecords {
  /** Every job's record, in one read. */
  read(): Record<string, JobRecord>;
  write(name: string, record: JobRecord): void;
  /** The dispatcher's lease (two admins' triggers may fire together): true when no other run holds an unexpired one. */
  takeLease(nowMs: number, forMs: number): boolean;
  releaseLease(): void;
  /** Where a long job stopped (its own JSON), kept between runs; null when none. */
  position(name: string): string | null;
  setPosition(name: string, value: string | null): void;
}

export interface Triggers {
  /** This spreadsheet's ID. */
  readonly workbookId: string;
  /** The current user's project triggers (possibly in other workbooks too). */
  list(): InstalledTrigger[];
  remove(trigger: InstalledTrigger): void;
  /** Creates the hourly trigger of `handler`; returns its ID. */
  createHourly(handler: string): string;
  /** Creates the form-submit trigger of `handler` on this spreadsheet. */
  createFormSubmit(handler: string): void;
  /** The hourly trigger recorded for each workbook by this user's installations (workbook ID → trigger ID). */
  schedulers(): Record<string, string>;
  recordScheduler(workbookId: string, triggerId: string): void;
}
