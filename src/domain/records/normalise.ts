/** Turns what a user typed (sidebar, import, sheet cell) into a field's value, or a French reason why not. */
import { emptyValue, type CellData, type FieldSpec } from '../schema/field';
import { isLocalDate, parseFrenchDate } from '../format/local-date';
import { formatNumberFr } from '../format/french';

export type Normalised = { ok: true; value: CellData } | { ok: false; expected: string };

/** Compares labels the way users expect: accents, case and extra spaces ignored. */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]{2,}$/;
const URL_RE = /^https?:\/\/\S+$/i;

/** "1 500 000", "1500000,50", "1.500.000" (thousands dots) → number. */
export function parseFrenchNumber(text: string): number | null {
  let t = text.replace(/[\s\u00a0\u202f]/g, '').replace(/(fcfa|xof|cfa|€|eur|%)$/i, '');
  if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(t)) t = t.replace(/\./g, '');
  t = t.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  return Number(t);
}

function expectedFor(field: FieldSpec): string {
  switch (field.type) {
    case 'date':
      return 'une date au format JJ/MM/AAAA';
    case 'datetime':
      return 'une date et heure';
    case 'email':
      return 'une adresse email valide (ex. nom@organisation.org)';
    case 'url':
      return 'un lien commençant par http:// ou https://';
    case 'integer':
      return rangeText('un nombre entier', field);
    case 'number':
    case 'money':
    case 'percent':
    case 'score':
      return rangeText(field.type === 'money' ? 'un montant' : 'un nombre', field);
    case 'boolean':
      return 'oui ou non';
    case 'enum':
    case 'multi':
      return `une des valeurs : ${(field.values ?? []).join(', ')}`;
    default:
      return 'un texte';
  }
}

/** 1000000000000 → "1 000 000 000 000" (plain spaces: messages are read, not laid out). */
const spaced = (x: number): string => formatNumberFr(x, Number.isInteger(x) ? 0 : 2).replace(/\u00a0/g, ' ');

function rangeText(what: string, f: FieldSpec): string {
  if (f.min !== undefined && f.max !== undefined) return `${what} entre ${spaced(f.min)} et ${spaced(f.max)}`;
  if (f.min !== undefined) return `${what} supérieur ou égal à ${spaced(f.min)}`;
  return what;
}

/** A text within the field's length limit, or the reason why not. */
function textWithin(field: FieldSpec, text: string, expected: string): Normalised {
  if (field.maxLength !== undefined && text.length > field.maxLength)
    return { ok: false, expected: `${expected} de ${spaced(field.maxLength)} caractères au plus ; ici ${spaced(text.length)}` };
  return { ok: true, value: text };
}

export function normaliseValue(field: FieldSpec, raw: unknown): Normalised {
  const fail = (): Normalised => ({ ok: false, expected: expectedFor(field) });
  if (raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return { ok: true, value: emptyValue(field) };
  switch (field.type) {
    case 'number':
    case 'money':
    case 'percent':
    case 'score':
    case 'integer': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? parseFrenchNumber(raw) : null;
      if (n === null || !Number.isFinite(n)) return fail();
      if (field.type === 'integer' && !Number.isInteger(n)) return fail();
      if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max)) return fail();
      return { ok: true, value: n };
    }
    case 'date': {
      if (typeof raw !== 'string') return fail();
      const d = parseFrenchDate(raw);
      return d ? { ok: true, value: d } : fail();
    }
    case 'datetime':
      return typeof raw === 'string' && isLocalDate(raw.slice(0, 10)) ? { ok: true, value: raw } : fail();
    case 'boolean': {
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      const t = foldText(String(raw));
      if (['oui', 'vrai', 'true', 'o', '1', 'x'].includes(t)) return { ok: true, value: true };
      if (['non', 'faux', 'false', 'n', '0'].includes(t)) return { ok: true, value: false };
      return fail();
    }
    case 'enum': {
      const t = foldText(String(raw));
      const hit = (field.values ?? []).find((v) => foldText(v) === t);
      return hit ? { ok: true, value: hit } : fail();
    }
    case 'multi': {
      const parts = String(raw)
        .split(/[,;]/)
        .map((p) => foldText(p))
        .filter(Boolean);
      const hits = parts.map((p) => (field.values ?? []).find((v) => foldText(v) === p));
      return hits.every(Boolean) ? { ok: true, value: hits.join(', ') } : fail();
    }
    case 'email': {
      if (typeof raw !== 'string') return fail();
      const t = raw.trim().toLowerCase();
      return EMAIL.test(t) ? textWithin(field, t, 'une adresse email') : fail();
    }
    case 'url': {
      if (typeof raw !== 'string') return fail();
      const t = raw.trim();
      return URL_RE.test(t) ? textWithin(field, t, 'un lien') : fail();
    }
    default:
      // A text, or a finite number typed where a text goes (a phone number); never NaN, an object or an array.
      if (typeof raw === 'string' || (typeof raw === 'number' && Number.isFinite(raw))) return textWithin(field, String(raw).trim(), 'un texte');
      return fail();
  }
}
