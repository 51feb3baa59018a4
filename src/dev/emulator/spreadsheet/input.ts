/**
 * How Sheets stores a value written by setValue/setValues: strings are read as if a user
 * typed them (formulas, numbers, dates, booleans, the leading-apostrophe escape), unless
 * the cell is formatted as plain text ('@').
 */
import type { CellValue } from './model';
import { type LocaleInfo, zonedToUtc } from './locale';

export interface Stored {
  value: CellValue;
  /** Set when the input is a formula (value is then ''). */
  formula?: string;
  /** Number format Sheets applies on its own when it recognises a percent or a date. */
  autoFormat?: string;
}

/** `+A1`, `-SUM(…)`, `+(1)`: a sign followed by a reference, a name or a parenthesis starts a formula. */
const SIGNED_FORMULA = /^[+-]\s*[A-Za-z_$(]/;

function numberPattern(loc: LocaleInfo): RegExp {
  const g = loc.group === ',' ? ',' : '[ \u00a0\u202f]';
  const d = loc.decimal === '.' ? '\\.' : ',';
  return new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+|(?=${d}\\d))(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?(\\s?%)?$`);
}

const patterns = new Map<LocaleInfo, RegExp>();

function parseNumber(text: string, loc: LocaleInfo): { n: number; percent: boolean; decimals: number } | null {
  let re = patterns.get(loc);
  if (!re) patterns.set(loc, (re = numberPattern(loc)));
  const m = re.exec(text);
  if (!m) return null;
  const int = m[2].replace(/[^\d]/g, '') || '0';
  const src = `${m[1]}${int}${m[3] ? '.' + m[3] : ''}${m[4] ? 'e' + m[4] : ''}`;
  let n = Number(src);
  if (!Number.isFinite(n)) return null;
  const percent = !!m[5];
  if (percent) n = Number((n / 100).toPrecision(15));
  return { n, percent, decimals: m[3]?.length ?? 0 };
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function validDate(y: number, m: number, d: number, h: number, mi: number, s: number): boolean {
  if (m < 1 || m > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function parseDate(text: string, loc: LocaleInfo, tz: string): Stored | null {
  let y: number, mo: number, d: number;
  let m = ISO_DATE.exec(text);
  let datePattern = 'yyyy-mm-dd';
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    m = SLASH_DATE.exec(text);
    if (!m) return null;
    const a = Number(m[1]);
    const b = Number(m[2]);
    [d, mo] = loc.dayFirst ? [a, b] : [b, a];
    y = Number(m[3]);
    datePattern = loc.datePattern;
  }
  const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (!validDate(y, mo, d, h, mi, s)) return null;
  const timed = m[4] !== undefined;
  return {
    value: zonedToUtc(y, mo, d, h, mi, s, tz),
    autoFormat: timed ? `${datePattern} ${m[6] !== undefined ? 'hh:mm:ss' : 'hh:mm'}` : datePattern,
  };
}

/** True for text that stays text whatever the locale: a word not starting like TRUE/FALSE/VRAI/FAUX. */
export function isPlainWord(text: string): boolean {
  const ch = text.charCodeAt(0) | 0x20; // ASCII lower case
  return ch >= 0x61 && ch <= 0x7a && ch !== 0x66 && ch !== 0x74 && ch !== 0x76;
}

/** Reads `text` as Sheets reads typed input. */
export function parseTyped(text: string, loc: LocaleInfo, tz: string): Stored {
  if (text === '') return { value: '' };
  // A leading apostrophe forces text and is not part of the value.
  if (text[0] === "'") return { value: text.slice(1) };
  if (text[0] === '=' && text.length > 1) return { value: '', formula: text };
  if (SIGNED_FORMULA.test(text)) return { value: '', formula: `=${text}` };
  const trimmed = text.trim();
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === loc.trueText) return { value: true };
  if (upper === 'FALSE' || upper === loc.falseText) return { value: false };
  const num = parseNumber(trimmed, loc);
  if (num) {
    if (num.percent) return { value: num.n, autoFormat: num.decimals > 0 ? '0.00%' : '0%' };
    return { value: num.n };
  }
  return parseDate(trimmed, loc, tz) ?? { value: text };
}

/** Converts one value passed to setValue(s) into what the cell stores. */
export function storedValue(v: unknown, plainText: boolean, loc: LocaleInfo, tz: string): Stored {
  if (v === null || v === undefined) return { value: '' };
  if (typeof v === 'number') return { value: Number.isFinite(v) ? v : '#NUM!' };
  if (typeof v === 'boolean') return { value: v };
  if (v instanceof Date) return { value: new Date(v.getTime()) };
  const text = typeof v === 'string' ? v : String(v);
  return plainText ? { value: text } : parseTyped(text, loc, tz);
}
