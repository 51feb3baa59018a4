/**
 * Converts between sheet Date cells and the domain's calendar days in the spreadsheet's
 * time zone, without a service call per cell (Intl runs locally in Apps Script's V8).
 */
import type { LocalDate } from './local-date';

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(date: Date, timeZone: string): Record<string, number> {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(date)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

const pad = (n: number): string => (n < 10 ? '0' + n : '' + n);

/**
 * Zone offsets by quarter-hour: Intl is slow (a 10,000-row sheet of dates would cost
 * ~0.3 s), and offsets only ever change on quarter-hour boundaries.
 */
const QUARTER = 15 * 60 * 1000;
const offsets = new Map<string, number>();

function offsetAt(ms: number, timeZone: string): number {
  const bucket = Math.floor(ms / QUARTER);
  const key = `${timeZone}|${bucket}`;
  let off = offsets.get(key);
  if (off === undefined) {
    const at = bucket * QUARTER;
    const p = partsIn(new Date(at), timeZone);
    off = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - at;
    if (offsets.size > 50000) offsets.clear();
    offsets.set(key, off);
  }
  return off;
}

/** The wall-clock time in the zone, as a Date whose UTC fields read as local fields. */
function wall(date: Date, timeZone: string): Date {
  return new Date(date.getTime() + offsetAt(date.getTime(), timeZone));
}

export function toLocalDate(date: Date, timeZone: string): LocalDate {
  const w = wall(date, timeZone);
  return `${w.getUTCFullYear()}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}`;
}

/** "2026-03-12T09:30:00" in the zone: what the Journal and audit columns show. */
export function toLocalDateTime(date: Date, timeZone: string): string {
  const w = wall(date, timeZone);
  return `${w.getUTCFullYear()}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}T${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}:${pad(w.getUTCSeconds())}`;
}

/** The instant of a local wall-clock time in the zone ("2026-03-12" → its midnight there). */
export function fromLocal(local: string, timeZone: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(local);
  if (!m) throw new Error(`Date invalide : « ${local} »`);
  const wall = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  // Two passes settle the zone offset, including on DST change days.
  let t = wall;
  for (let i = 0; i < 2; i++) {
    const p = partsIn(new Date(t), timeZone);
    const seen = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    t += wall - seen;
  }
  return new Date(t);
}
