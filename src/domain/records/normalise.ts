/** Turns what a user typed (sidebar, import, sheet cell) into a field's value, or a French reason why not. */
import { emptyValue, type CellData, type FieldSpec } from '../schema/field';
import { isLocalDate, parseFrenchDate } from '../format/local-date';
import { formatNumberFr } from '../format/french';
import { CURRENCY_EXAMPLES, normaliseCurrency } from '../format/currency';

/** `refusal`, when given, says why in place of « n'est pas valide (attendu : expected) ». */
export type Normalised = { ok: true; value: CellData } | { ok: false; expected: string; refusal?: string };

/** How a refused value is told after it is quoted: « « XYZ » n'est pas une devise reconnue ; exemples : … ». */
export function refusalText(r: { expected: string; refusal?: string }): string {
  return r.refusal ?? `n'est pas valide (attendu : ${r.expected})`;
}

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
/** A web address typed without its scheme (« www.exemple.org », « exemple.org/page »): https:// is added. */
const BARE_DOMAIN = /^([a-z0-9-]+\.)+[a-z]{2,}(:\d+)?([/?#]\S*)?$/i;
/** One phone number: an optional + (or 00), then 8 to 15 digits (Mali: 8; international: country code first). */
function isPhoneNumber(one: string): boolean {
  const t = one.replace(/[\s.\-()\u00a0]/g, '');
  return /^(\+|00)?\d{8,15}$/.test(t);
}

/** Currency written after an amount (« FCFA », « F CFA », « francs CFA », « € »), then « de » before it (« 10 millions de FCFA »). */
const CURRENCY_SUFFIX = /\s*(francs?\s*cfa|f\s*cfa|fcfa|xof|cfa|euros?|eur|€|%|f)$/;
const OF = /\s*(de|d['’])$/;
/** Words for a power of ten as amounts are spoken: « 12,5 millions », « 150 M », « 1,5 milliard », « 300 k ». */
const SCALES: readonly [RegExp, number][] = [
  [/\s*(milliards?|mrds?|mds?)\.?$/, 1e9],
  [/\s*(millions?|mio|m)\.?$/, 1e6],
  [/\s*(mille|k)$/, 1e3],
];

/** A typed amount as written in French: "1 500 000", "1500000,50", "1.500.000", "12,5 millions", "150 M", "2 500 000 FCFA" → number. */
export function parseFrenchNumber(text: string): number | null {
  let t = text
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(CURRENCY_SUFFIX, '')
    .replace(OF, '');
  let scale = 1;
  for (const [word, factor] of SCALES) {
    if (!word.test(t)) continue;
    t = t.replace(word, '');
    scale = factor;
    break;
  }
  t = t.replace(/ /g, '');
  if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(t)) t = t.replace(/\./g, '');
  t = t.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return null;
  // toPrecision: 12.5 × 1e6 stays 12 500 000, never 12 499 999.999…
  return scale === 1 ? Number(t) : Number((Number(t) * scale).toPrecision(15));
}

/** How an amount may be typed, shown with every refusal so the user sees what works. */
export const AMOUNT_EXAMPLE = 'par exemple 1 500 000 ou 12,5 millions';

function expectedFor(field: FieldSpec): string {
  switch (field.type) {
    case 'date':
      return 'une date au format JJ/MM/AAAA';
    case 'datetime':
      return 'une date et heure';
    case 'email':
      return 'une adresse email valide (ex. nom@organisation.org)';
    case 'url':
      return 'un lien, par exemple https://exemple.org ou www.exemple.org';
    case 'phone':
      return 'un numéro de téléphone, par exemple +223 76 12 34 56 ou 76 12 34 56 (plusieurs séparés par « / »)';
    case 'integer':
      return rangeText('un nombre entier', field);
    case 'number':
    case 'money':
    case 'percent':
    case 'score':
      return field.type === 'money' ? `${rangeText('un montant', field)}, ${AMOUNT_EXAMPLE}` : rangeText('un nombre', field);
    case 'boolean':
      return 'oui ou non';
    case 'currency':
      return `une devise reconnue, par exemple ${CURRENCY_EXAMPLES}`;
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
    case 'currency': {
      const code = typeof raw === 'string' ? normaliseCurrency(raw) : null;
      if (code && (field.values ?? []).includes(code)) return { ok: true, value: code };
      return { ok: false, expected: expectedFor(field), refusal: `n'est pas une devise reconnue ; exemples : ${CURRENCY_EXAMPLES}` };
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
      if (URL_RE.test(t)) return textWithin(field, t, 'un lien');
      return BARE_DOMAIN.test(t) ? textWithin(field, `https://${t}`, 'un lien') : fail();
    }
    case 'phone': {
      const t = typeof raw === 'number' && Number.isInteger(raw) ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
      // Several numbers in one cell are common (« +223 76 12 34 56 / 66 00 00 00 »): each is checked.
      return t.split(/[/,;]/).every(isPhoneNumber) ? textWithin(field, t, 'un numéro') : fail();
    }
    default:
      // A text, or a finite number typed where a text goes (a phone number); never NaN, an object or an array.
      if (typeof raw === 'string' || (typeof raw === 'number' && Number.isFinite(raw))) return textWithin(field, String(raw).trim(), 'un texte');
      return fail();
  }
}
