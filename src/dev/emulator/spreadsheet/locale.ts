/** Spreadsheet locale conventions (separators, month names) and time-zone arithmetic for cell dates. */
import { instantAtWall, zoneOffsetMs } from '../core/time-zone';

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

/** The instant at which the wall clock in `tz` reads the given time. */
export function zonedToUtc(year: number, month: number, day: number, hour: number, minute: number, second: number, tz: string): Date {
  return new Date(instantAtWall(Date.UTC(year, month - 1, day, hour, minute, second), (ms) => zoneOffsetMs(ms, tz)));
}

/** Sheets' serial day number (days since 1899-12-30, wall time in `tz`). */
export function toSerial(d: Date, tz: string): number {
  const ms = d.getTime();
  return (ms + zoneOffsetMs(ms, tz)) / 86400000 + 25569;
}

export function fromSerial(serial: number, tz: string): Date {
  const wall = Math.round((serial - 25569) * 86400000);
  const w = new Date(wall);
  return zonedToUtc(w.getUTCFullYear(), w.getUTCMonth() + 1, w.getUTCDate(), w.getUTCHours(), w.getUTCMinutes(), w.getUTCSeconds(), tz);
}
