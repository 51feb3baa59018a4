/**
 * Utilities.formatDate: Java SimpleDateFormat patterns in any time zone. Apps Script
 * formats in English whatever the script or user locale (month and day names).
 */
import { AppsScriptException } from '../core/errors';
import { formatOffset, offsetMinutes, shortZoneName, wallClock } from '../core/time-zone';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function dayOfYear(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86400000) + 1;
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new AppsScriptException('Invalid argument: date');
  const w = wallClock(timeZone, ms);
  const millis = ((ms % 1000) + 1000) % 1000;
  const offset = offsetMinutes(timeZone, ms);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern.charAt(i);
    if (c === "'") {
      // '' is a literal quote; 'text' is literal text (with '' inside for a quote).
      if (pattern.charAt(i + 1) === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      while (j < pattern.length) {
        if (pattern.charAt(j) === "'") {
          if (pattern.charAt(j + 1) === "'") {
            out += "'";
            j += 2;
            continue;
          }
          break;
        }
        out += pattern.charAt(j);
        j++;
      }
      if (j >= pattern.length) throw new AppsScriptException('Unterminated quote');
      i = j + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let n = 1;
    while (pattern.charAt(i + n) === c) n++;
    i += n;
    out += field(c, n);
  }
  return out;

  function field(c: string, n: number): string {
    switch (c) {
      case 'G':
        return w.year > 0 ? 'AD' : 'BC';
      case 'y':
      case 'Y':
        return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
      case 'M':
      case 'L':
        if (n >= 4) return MONTHS[w.month - 1]!;
        if (n === 3) return MONTHS[w.month - 1]!.slice(0, 3);
        return pad(w.month, n);
      case 'd':
        return pad(w.day, n);
      case 'D':
        return pad(dayOfYear(w.year, w.month, w.day), n);
      case 'F':
        return pad(Math.floor((w.day - 1) / 7) + 1, n);
      case 'E':
        return n >= 4 ? DAYS[w.weekday]! : DAYS[w.weekday]!.slice(0, 3);
      case 'u':
        return pad(w.weekday === 0 ? 7 : w.weekday, n);
      case 'a':
        return w.hour < 12 ? 'AM' : 'PM';
      case 'H':
        return pad(w.hour, n);
      case 'k':
        return pad(w.hour === 0 ? 24 : w.hour, n);
      case 'K':
        return pad(w.hour % 12, n);
      case 'h':
        return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
      case 'm':
        return pad(w.minute, n);
      case 's':
        return pad(w.second, n);
      case 'S':
        return pad(millis, n);
      case 'z':
        return shortZoneName(timeZone, ms);
      case 'Z':
        return formatOffset(offset, false);
      case 'X':
        if (offset === 0) return 'Z';
        if (n === 1) return formatOffset(offset, false).slice(0, 3);
        return formatOffset(offset, n >= 3);
      default:
        // Java: IllegalArgumentException "Illegal pattern character 'x'", surfaced by Apps Script as is.
        throw new AppsScriptException(`Illegal pattern character '${c}'`);
    }
  }
}
