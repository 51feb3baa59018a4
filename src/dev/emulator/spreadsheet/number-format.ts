/**
 * What Range.getDisplayValues() shows: a cell value rendered with its number format
 * (Sheets' pattern syntax: 0 # , . % "literal" \x, date tokens d m y h s) in the
 * spreadsheet's locale and time zone.
 */
import type { CellValue } from './model';
import { zonedParts } from '../core/time-zone';
import { type LocaleInfo, fromSerial, toSerial } from './locale';

type Token = { kind: 'lit'; text: string } | { kind: 'code'; text: string };

/** Splits a section into quoted/escaped literals and format code, keeping their order. */
function tokenize(section: string): Token[] {
  const out: Token[] = [];
  let code = '';
  const flush = () => {
    if (code) out.push({ kind: 'code', text: code });
    code = '';
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      flush();
      const end = section.indexOf('"', i + 1);
      out.push({ kind: 'lit', text: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end;
    } else if (ch === '\\' && i + 1 < section.length) {
      flush();
      out.push({ kind: 'lit', text: section[++i] });
    } else if (ch === '_' && i + 1 < section.length) {
      flush();
      out.push({ kind: 'lit', text: ' ' });
      i++;
    } else if (ch === '*') {
      i++; // fill character: ignored in text output
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      i = end < 0 ? section.length : end; // colours and conditions: not rendered
    } else {
      code += ch;
    }
  }
  flush();
  return out;
}

function splitSections(pattern: string): string[] {
  const sections: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      cur += ch + (pattern[++i] ?? '');
      continue;
    }
    if (ch === ';' && !quoted) {
      sections.push(cur);
      cur = '';
    } else cur += ch;
  }
  sections.push(cur);
  return sections;
}

const DATE_CODE = /[dmyhs]|am\/pm|a\/p/i;

function isDatePattern(tokens: Token[]): boolean {
  return tokens.some((t) => t.kind === 'code' && DATE_CODE.test(t.text) && !/^[0#?,.%\s]*$/.test(t.text));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDate(d: Date, tokens: Token[], loc: LocaleInfo, tz: string): string {
  const z = zonedParts(d.getTime(), tz);
  // Lex the code into runs of the same letter so 'mm' after 'h' can mean minutes.
  type Piece = { lit: string } | { run: string };
  const pieces: Piece[] = [];
  for (const t of tokens) {
    if (t.kind === 'lit') {
      pieces.push({ lit: t.text });
      continue;
    }
    const s = t.text;
    for (let i = 0; i < s.length;) {
      if (/^am\/pm/i.test(s.slice(i))) {
        pieces.push({ run: 'ampm' });
        i += 5;
        continue;
      }
      if (/^a\/p/i.test(s.slice(i))) {
        pieces.push({ run: 'ap' });
        i += 3;
        continue;
      }
      const ch = s[i].toLowerCase();
      if ('dmyhs'.includes(ch)) {
        let j = i;
        while (j < s.length && s[j].toLowerCase() === ch) j++;
        pieces.push({ run: s.slice(i, j).toLowerCase() });
        i = j;
      } else {
        pieces.push({ lit: s[i] });
        i++;
      }
    }
  }
  const twelve = pieces.some((p) => 'run' in p && (p.run === 'ampm' || p.run === 'ap'));
  const runs = pieces.map((p) => ('run' in p ? p.run : null));
  const isMinute = (i: number): boolean => {
    for (let j = i - 1; j >= 0; j--) if (runs[j]) return runs[j]![0] === 'h';
    for (let j = i + 1; j < runs.length; j++) if (runs[j]) return runs[j]![0] === 's';
    return false;
  };
  let out = '';
  pieces.forEach((p, i) => {
    if ('lit' in p) {
      out += p.lit;
      return;
    }
    const r = p.run;
    const hour = twelve ? ((z.hour + 11) % 12) + 1 : z.hour;
    switch (r[0]) {
      case 'd':
        out += r.length === 1 ? z.day : r.length === 2 ? pad(z.day, 2) : r.length === 3 ? loc.daysShort[z.weekday] : loc.days[z.weekday];
        break;
      case 'y':
        out += r.length <= 2 ? pad(z.year % 100, 2) : z.year;
        break;
      case 'h':
        out += r.length === 1 ? hour : pad(hour, 2);
        break;
      case 's':
        out += r.length === 1 ? z.second : pad(z.second, 2);
        break;
      case 'm':
        if (r.length <= 2 && isMinute(i)) out += r.length === 1 ? z.minute : pad(z.minute, 2);
        else if (r.length === 1) out += z.month;
        else if (r.length === 2) out += pad(z.month, 2);
        else if (r.length === 3) out += loc.monthsShort[z.month - 1];
        else if (r.length === 5) out += loc.months[z.month - 1][0].toUpperCase();
        else out += loc.months[z.month - 1];
        break;
      default:
        out += r === 'ampm' ? (z.hour < 12 ? 'AM' : 'PM') : z.hour < 12 ? 'a' : 'p';
    }
  });
  return out;
}

function group(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function formatNumber(n: number, tokens: Token[], loc: LocaleInfo, withSign: boolean): string {
  const code = tokens
    .filter((t) => t.kind === 'code')
    .map((t) => t.text)
    .join('');
  const percent = (code.match(/%/g) ?? []).length;
  const value = Math.abs(n) * 100 ** percent;
  let out = '';
  let numberDone = false;
  for (const t of tokens) {
    if (t.kind === 'lit') {
      out += t.text;
      continue;
    }
    const m = /[0#?][0#?,]*(\.[0#?]*)?|\.[0#?]+/.exec(t.text);
    if (!m || numberDone) {
      out += t.text;
      continue;
    }
    numberDone = true;
    const spec = m[0];
    const [intSpec, decSpec = ''] = spec.split('.');
    const minInt = (intSpec.match(/0/g) ?? []).length;
    const minDec = (decSpec.match(/0/g) ?? []).length;
    const maxDec = decSpec.length;
    let [int, dec = ''] = value.toFixed(maxDec).split('.');
    while (dec.length > minDec && dec.endsWith('0')) dec = dec.slice(0, -1);
    if (int === '0' && minInt === 0) int = '';
    int = int.padStart(minInt, '0');
    if (intSpec.includes(',')) int = group(int, loc.group);
    const num = int + (dec || (spec.includes('.') && maxDec > 0 && minDec > 0) ? loc.decimal + dec : '');
    out += t.text.slice(0, m.index) + num + t.text.slice(m.index + spec.length);
  }
  if (!numberDone) out += '';
  const isZero = Number(value.toFixed(10)) === 0;
  return (withSign && n < 0 && !isZero ? '-' : '') + out;
}

/** Automatic ("General") rendering of a number: up to 10 significant digits, no grouping. */
export function generalNumber(n: number, loc: LocaleInfo): string {
  if (!Number.isFinite(n)) return '#NUM!';
  let s = Number.isInteger(n) && Math.abs(n) < 1e15 ? String(n) : String(Number(n.toPrecision(10)));
  if (/e/.test(s)) s = s.toUpperCase();
  return loc.decimal === '.' ? s : s.replace('.', loc.decimal);
}

/** The text Sheets shows for `value` formatted with `pattern` (undefined = automatic). */
export function displayValue(value: CellValue, pattern: string | undefined, loc: LocaleInfo, tz: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? loc.trueText : loc.falseText;
  if (pattern === undefined || pattern === '' || /^general$/i.test(pattern)) {
    if (value instanceof Date) {
      const z = zonedParts(value.getTime(), tz);
      const p = z.hour === 0 && z.minute === 0 && z.second === 0 ? loc.datePattern : loc.dateTimePattern;
      return formatDate(value, tokenize(p), loc, tz);
    }
    return generalNumber(value, loc);
  }
  const sections = splitSections(pattern);
  const serial = value instanceof Date ? toSerial(value, tz) : value;
  let section = sections[0];
  let withSign = true;
  if (serial < 0 && sections.length > 1) {
    section = sections[1];
    withSign = false;
  } else if (serial === 0 && sections.length > 2) {
    section = sections[2];
  }
  if (section.trim() === '@') return value instanceof Date ? displayValue(value, undefined, loc, tz) : generalNumber(value, loc);
  const tokens = tokenize(section);
  if (isDatePattern(tokens)) return formatDate(value instanceof Date ? value : fromSerial(serial, tz), tokens, loc, tz);
  return formatNumber(serial, tokens, loc, withSign);
}
