/** Wall-clock fields and UTC offsets of an instant in a time zone (IANA or "GMT+hh:mm"), via Intl; shared by Utilities, triggers and cell dates. */

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number; // 0-23
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
}

const fixedOffset = /^(?:GMT|UTC)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i;

/**
 * Resolves a time zone the way Java's TimeZone.getTimeZone does (Apps Script runs Java
 * underneath): IANA ids, "GMT", "GMT+1", "GMT+01:00"; anything else silently becomes GMT.
 */
export function resolveZone(tz: string): { iana: string | null; fixedMinutes: number } {
  const m = fixedOffset.exec(tz.trim());
  if (m) {
    const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
    return { iana: null, fixedMinutes: m[1] === '-' ? -minutes : minutes };
  }
  if (/^(GMT|UTC)$/i.test(tz.trim())) return { iana: null, fixedMinutes: 0 };
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return { iana: tz, fixedMinutes: 0 };
  } catch {
    return { iana: null, fixedMinutes: 0 };
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Wall-clock fields of instant `ms` in the IANA zone `tz` (throws RangeError for an unknown zone). */
export function zonedParts(ms: number, tz: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of formatter(tz).formatToParts(new Date(ms))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? 'Sun'),
  };
}

/** Offset of the IANA zone `tz` from UTC at instant `ms`, in ms (to the second, e.g. local mean time before 1900). */
export function zoneOffsetMs(ms: number, tz: string): number {
  const z = zonedParts(ms, tz);
  return Date.UTC(z.year, z.month - 1, z.day, z.hour, z.minute, z.second) - Math.floor(ms / 1000) * 1000;
}

/** The instant at which a clock `offsetMs(instant)` ahead of UTC reads `naive`'s UTC fields (first match across a DST change). */
export function instantAtWall(naive: number, offsetMs: (ms: number) => number): number {
  return naive - offsetMs(naive - offsetMs(naive));
}

/** Offset from UTC in minutes of `tz` at instant `ms` (e.g. +120 for Paris in summer). */
export function offsetMinutes(tz: string, ms: number): number {
  const zone = resolveZone(tz);
  if (!zone.iana) return zone.fixedMinutes;
  return Math.round(zoneOffsetMs(ms, zone.iana) / 60000);
}

export function wallClock(tz: string, ms: number): WallClock {
  const shifted = new Date(ms + offsetMinutes(tz, ms) * 60000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: shifted.getUTCDay(),
  };
}

/** The instant at which the wall clock in `tz` shows the given local time (first match across a DST change). */
export function fromWallClock(tz: string, year: number, month: number, day: number, hour = 0, minute = 0): number {
  return instantAtWall(Date.UTC(year, month - 1, day, hour, minute), (ms) => offsetMinutes(tz, ms) * 60000);
}

/** Java's short zone name (z): "CET", "GMT"; "GMT+05:30" when English has no abbreviation. */
export function shortZoneName(tz: string, ms: number): string {
  const zone = resolveZone(tz);
  const offset = offsetMinutes(tz, ms);
  if (zone.iana) {
    for (const locale of ['en-US', 'en-GB']) {
      const name = new Intl.DateTimeFormat(locale, { timeZone: zone.iana, timeZoneName: 'short' })
        .formatToParts(new Date(ms))
        .find((p) => p.type === 'timeZoneName')?.value;
      if (name && !/^GMT[+-]/.test(name)) return name;
    }
  }
  if (offset === 0) return 'GMT';
  return 'GMT' + formatOffset(offset, true);
}

/** "+0100" (colon false) or "+01:00" (colon true). */
export function formatOffset(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return sign + hh + (colon ? ':' : '') + mm;
}
