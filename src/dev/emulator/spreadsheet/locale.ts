/** Spreadsheet locale conventions (separators, month names) and time-zone arithmetic for cell dates. */

/**
 * Thousands separator Sheets shows in fr_FR: CLDR's narrow no-break space (U+202F), which
 * current Sheets uses for French. Not verified against a live Sheets here; one place to change it.
 */
export const FR_GROUP = '\u202f';

export interface LocaleInfo {
  decimal: string;
  group: string;
  /** Whether dates are typed and shown day first (fr: 12/03/2026) or month first (en_US: 3/12/2026). */
  dayFirst: boolean;
  months: string[];
  /** 'mmm' and 'ddd' (CLDR abbreviations). */
  monthsShort: string[];
  days: string[];
  daysShort: string[];
  trueText: string;
  falseText: string;
  /** Name Sheets gives the first sheet of a new spreadsheet, and its prefix for insertSheet() without a name. */
  sheetPrefix: string;
  sheetSeparator: string;
  /** Pattern Sheets applies to a written Date (date and time) / to a typed date. */
  dateTimePattern: string;
  datePattern: string;
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const EN_US: LocaleInfo = {
  decimal: '.',
  group: ',',
  dayFirst: false,
  months: EN_MONTHS,
  monthsShort: EN_MONTHS.map((m) => m.slice(0, 3)),
  days: EN_DAYS,
  daysShort: EN_DAYS.map((d) => d.slice(0, 3)),
  trueText: 'TRUE',
  falseText: 'FALSE',
  sheetPrefix: 'Sheet',
  sheetSeparator: '',
  dateTimePattern: 'm/d/yyyy h:mm:ss',
  datePattern: 'm/d/yyyy',
};

const EN_GB: LocaleInfo = { ...EN_US, dayFirst: true, dateTimePattern: 'dd/mm/yyyy hh:mm:ss', datePattern: 'dd/mm/yyyy' };

const FR: LocaleInfo = {
  decimal: ',',
  group: FR_GROUP,
  dayFirst: true,
  months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  monthsShort: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  days: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  daysShort: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
  trueText: 'VRAI',
  falseText: 'FAUX',
  sheetPrefix: 'Feuille',
  sheetSeparator: ' ',
  dateTimePattern: 'dd/mm/yyyy hh:mm:ss',
  datePattern: 'dd/mm/yyyy',
};

export function localeInfo(locale: string): LocaleInfo {
  if (/^fr/i.test(locale)) return FR;
  if (/^en_US$/i.test(locale) || /^en$/i.test(locale)) return EN_US;
  if (/^en/i.test(locale)) return EN_GB;
  return EN_US;
}

export function defaultSheetName(locale: string, n: number): string {
  const l = localeInfo(locale);
  return `${l.sheetPrefix}${l.sheetSeparator}${n}`;
}

// ---- time zones -------------------------------------------------------------

export interface ZonedParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
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

export function zonedParts(ms: number, tz: string): ZonedParts {
  const p: Record<string, string> = {};
  for (const part of formatter(tz).formatToParts(new Date(ms))) p[part.type] = part.value;
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour) % 24,
    minute: Number(p.minute),
    second: Number(p.second),
    weekday: WEEKDAYS.indexOf(p.weekday),
  };
}

/** Offset of `tz` from UTC at instant `ms`, in ms. */
export function tzOffset(ms: number, tz: string): number {
  const z = zonedParts(ms, tz);
  return Date.UTC(z.year, z.month - 1, z.day, z.hour, z.minute, z.second) - Math.floor(ms / 1000) * 1000;
}

/** The instant at which the wall clock in `tz` reads the given time. */
export function zonedToUtc(year: number, month: number, day: number, hour: number, minute: number, second: number, tz: string): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  let ms = guess - tzOffset(guess, tz);
  ms = guess - tzOffset(ms, tz);
  return new Date(ms);
}

/** Sheets' serial day number (days since 1899-12-30, wall time in `tz`). */
export function toSerial(d: Date, tz: string): number {
  const ms = d.getTime();
  return (ms + tzOffset(ms, tz)) / 86400000 + 25569;
}

export function fromSerial(serial: number, tz: string): Date {
  const wall = Math.round((serial - 25569) * 86400000);
  const w = new Date(wall);
  return zonedToUtc(w.getUTCFullYear(), w.getUTCMonth() + 1, w.getUTCDate(), w.getUTCHours(), w.getUTCMinutes(), w.getUTCSeconds(), tz);
}
