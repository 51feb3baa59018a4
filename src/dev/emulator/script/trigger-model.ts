/** Installable triggers as the project stores them, and when a clock trigger is next due. */
import type { World } from '../core/world';
import { fromWallClock, wallClock } from '../core/time-zone';

export type EventTypeName = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE';
export type TriggerSourceName = 'SPREADSHEETS' | 'CLOCK' | 'FORMS' | 'DOCUMENTS';

export interface ClockSpec {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  atHour?: number;
  nearMinute?: number;
  onWeekDay?: number; // 0 = Sunday
  onMonthDay?: number;
  afterMs?: number;
  atMs?: number;
  atDate?: { year: number; month: number; day: number };
  timeZone?: string;
}

export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: EventTypeName;
  source: TriggerSourceName;
  sourceId: string | null;
  /**
   * The document the trigger belongs to (add-on rule: one trigger of each type per user per
   * document): its source, or for a time-driven trigger the document it was created in.
   */
  documentId: string | null;
  /** Installable triggers run as the account that created them. */
  creator: string;
  createdMs: number;
  clock?: ClockSpec;
  /** Next run of a clock trigger; null once a one-off trigger has run. */
  nextDueMs: number | null;
}

export interface FailedRun {
  triggerUid: string;
  handler: string;
  cause: string;
  message: string;
  atMs: number;
}

export class TriggerState {
  triggers: TriggerRecord[] = [];
  failures: FailedRun[] = [];
  readonly scriptId: string;
  constructor(world: World) {
    this.scriptId = world.newFileId();
  }
}

export function triggerState(world: World): TriggerState {
  return world.state('script.triggers', () => new TriggerState(world));
}

const MINUTE = 60000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

export function weekdayIndex(day: unknown): number {
  return WEEKDAYS.indexOf(String(day));
}

/** The first run strictly after `afterMs` (null when a one-off trigger has nothing left). */
export function nextDue(spec: ClockSpec, createdMs: number, afterMs: number, tz: string): number | null {
  if (spec.afterMs !== undefined) {
    const at = createdMs + spec.afterMs;
    return at > afterMs ? at : null;
  }
  if (spec.atMs !== undefined) return spec.atMs > afterMs ? spec.atMs : null;
  if (spec.atDate) {
    const at = fromWallClock(tz, spec.atDate.year, spec.atDate.month, spec.atDate.day, spec.atHour ?? 0, spec.nearMinute ?? 0);
    return at > afterMs ? at : null;
  }
  const period = spec.everyMinutes ? spec.everyMinutes * MINUTE : spec.everyHours ? spec.everyHours * HOUR : 0;
  if (period) {
    const k = Math.floor((afterMs - createdMs) / period) + 1;
    return createdMs + Math.max(1, k) * period;
  }
  // Daily, weekly or monthly at a wall-clock time in the trigger's zone (so DST keeps 9:00 at 9:00).
  const created = wallClock(tz, createdMs);
  const hour = spec.atHour ?? created.hour;
  const minute = spec.nearMinute ?? (spec.atHour === undefined ? created.minute : 0);
  const start = wallClock(tz, afterMs);
  const createdDay = Date.UTC(created.year, created.month - 1, created.day) / DAY;
  for (let i = 0; i < 800; i++) {
    const d = new Date(Date.UTC(start.year, start.month - 1, start.day + i));
    const dayNumber = d.getTime() / DAY;
    if (spec.everyDays && (dayNumber - createdDay) % spec.everyDays !== 0) continue;
    if (spec.everyWeeks) {
      if (d.getUTCDay() !== (spec.onWeekDay ?? created.weekday)) continue;
      if (Math.floor((dayNumber - createdDay) / 7) % spec.everyWeeks !== 0) continue;
    }
    if (spec.onMonthDay !== undefined && d.getUTCDate() !== spec.onMonthDay) continue;
    const at = fromWallClock(tz, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), hour, minute);
    if (at > afterMs) return at;
  }
  return null;
}
