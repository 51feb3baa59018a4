/**
 * Argument schemas of the entry points. google.script.run passes whatever the page sends, so each
 * argument is checked against its declaration before anything runs; a wrong one is refused in
 * French, naming the argument and what is expected. The TypeScript type of each argument is
 * inferred from its schema: the sidebar, the tests and the server share one signature.
 */
import type { RecordInput } from './index';
import { isLocalDate, type LocalDate } from '../format/local-date';
import { AMOUNT_EXAMPLE, foldText } from '../records/normalise';
import { formatNumberFr as fr } from '../format/french';

export class ArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArgumentError';
  }
}

/**
 * `T`: what the function receives once checked; `In`: what a caller may send (an optional argument
 * may be sent as null, JSON's empty value, and arrives as undefined).
 */
export interface Arg<T, Optional extends boolean = boolean, In = T> {
  /** French name of the argument, as messages show it (« la convention »). */
  readonly label: string;
  readonly optional: Optional;
  /** What is expected, in French (« un identifiant comme CONV-0001 »). */
  readonly expected: string;
  check(value: unknown): T;
  /** Phantom: the type a caller sends (never read at run time). */
  readonly input?: In;
}

export type ArgValue<A> = A extends Arg<infer T, boolean, unknown> ? T : never;
export type ArgInput<A> = A extends Arg<unknown, boolean, infer I> ? I : never;

/** The parameters as a caller sends them (optional ones last, as declared). */
export type ArgInputs<A extends readonly Arg<unknown>[]> = A extends readonly [infer H, ...infer R extends readonly Arg<unknown>[]]
  ? H extends Arg<unknown, true>
    ? [arg?: ArgInput<H>, ...ArgInputs<R>]
    : [arg: ArgInput<H>, ...ArgInputs<R>]
  : [];

/** The parameters as the function receives them, checked. */
export type ArgValues<A extends readonly Arg<unknown>[]> = A extends readonly [infer H, ...infer R extends readonly Arg<unknown>[]]
  ? H extends Arg<infer T, true, unknown>
    ? [arg: T, ...ArgValues<R>]
    : [arg: ArgValue<H>, ...ArgValues<R>]
  : [];

/** Longest identifier accepted (PAR-0001, CONV-0012, ENV-123456): far above any real one. */
export const MAX_ID_LENGTH = 40;
/** Longest free text accepted as an argument (a comment, a brief): beyond, the store's own limits apply. */
export const MAX_ARG_TEXT = 100_000;
/** Most fields a record may carry, and most items of a list argument unless declared. */
const MAX_RECORD_FIELDS = 200;
const MAX_LIST = 10_000;

const describe = (v: unknown): string => {
  if (v === undefined || v === null) return 'rien';
  if (typeof v === 'string') return `« ${v.length > 40 ? `${v.slice(0, 40)}…` : v} »`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return Array.isArray(v) ? 'une liste' : 'un objet';
};

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function make<T, In = T>(label: string, expected: string, check: (v: unknown, fail: () => never) => T): Arg<T, false, In> {
  const fail = (v: unknown) => (): never => {
    throw new ArgumentError(`Argument « ${label} » : ${expected} attendu, reçu ${describe(v)}.`);
  };
  return { label, optional: false, expected, check: (v) => check(v, fail(v)) };
}

/** A record ID such as CONV-0001 (letters, a dash, digits), spaces around trimmed. */
export function id(label: string, example: string): Arg<string, false> {
  return make(label, `un identifiant comme ${example}`, (v, fail) => {
    if (typeof v !== 'string') return fail();
    const t = v.trim();
    if (t.length > MAX_ID_LENGTH || !/^[A-Za-z]{1,8}-\d+$/.test(t)) return fail();
    return t;
  });
}

/** Text up to `max` characters (trimmed when `trim`); `tooLong` tells the user what to do with a longer one. */
export function text(label: string, opts: { max?: number; required?: boolean; trim?: boolean; tooLong?: string } = {}): Arg<string, false> {
  const max = opts.max ?? MAX_ARG_TEXT;
  return make(label, opts.required ? `un texte non vide d’au plus ${fr(max)} caractères` : `un texte d’au plus ${fr(max)} caractères`, (v, fail) => {
    if (typeof v !== 'string') return fail();
    if (v.length > max)
      throw new ArgumentError(`Argument « ${label} » : au plus ${fr(max)} caractères (reçu ${fr(v.length)}).${opts.tooLong ? ` ${opts.tooLong}` : ''}`);
    const t = opts.trim === false ? v : v.trim();
    if (opts.required && t === '') return fail();
    return t;
  });
}

export function email(label: string): Arg<string, false> {
  return make(label, 'une adresse e-mail', (v, fail) => {
    if (typeof v !== 'string' || v.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim())) return fail();
    return v.trim();
  });
}

export function integer(label: string, min: number, max = Number.MAX_SAFE_INTEGER): Arg<number, false> {
  return make(label, `un nombre entier de ${fr(min)} à ${fr(max)}`, (v, fail) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fail(),
  );
}

export function bool(label: string): Arg<boolean, false> {
  return make(label, 'vrai ou faux', (v, fail) => (typeof v === 'boolean' ? v : fail()));
}

export function date(label: string): Arg<LocalDate, false> {
  return make(label, 'une date AAAA-MM-JJ', (v, fail) => {
    // A date field left empty sends '' (or nothing): said as such, not as a wrong format.
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === ''))
      throw new ArgumentError(`Argument « ${label} » : ce champ est obligatoire ; choisissez une date.`);
    return typeof v === 'string' && isLocalDate(v.trim()) ? v.trim() : fail();
  });
}

/** The value of `values` that `v` names, ignoring case, accents and spaces around (« cloture » → « Clôture »). */
export function pick<const V extends readonly string[]>(values: V, v: unknown): V[number] | undefined {
  if (typeof v !== 'string') return undefined;
  const wanted = foldText(v);
  return values.find((x) => foldText(x) === wanted);
}

export function oneOf<const V extends readonly string[]>(label: string, values: V): Arg<V[number], false> {
  return make(label, `une valeur parmi : ${values.join(', ')}`, (v, fail) => pick(values, v) ?? fail());
}

/** A form's fields: text, numbers, booleans or empty; validated field by field by the store afterwards. */
export function record(label: string): Arg<RecordInput & { id?: string }, false> {
  return make(label, `une fiche (champs : texte, nombre ou booléen ; au plus ${fr(MAX_RECORD_FIELDS)})`, (v, fail) => {
    if (!isPlainObject(v)) return fail();
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    if (entries.length > MAX_RECORD_FIELDS) return fail();
    const out: RecordInput = {};
    for (const [key, x] of entries) {
      if (x !== null && typeof x !== 'string' && typeof x !== 'number' && typeof x !== 'boolean') {
        throw new ArgumentError(`Argument « ${label} », champ « ${key} » : un texte, un nombre ou un booléen attendu, reçu ${describe(x)}.`);
      }
      if (typeof x === 'string' && x.length > MAX_ARG_TEXT) {
        throw new ArgumentError(`Argument « ${label} », champ « ${key} » : au plus ${fr(MAX_ARG_TEXT)} caractères (reçu ${fr(x.length)}).`);
      }
      out[key] = x;
    }
    return out as RecordInput & { id?: string };
  });
}

type Shape = Record<string, Arg<unknown>>;
type ObjectValue<S extends Shape> = { [K in keyof S as S[K] extends Arg<unknown, true> ? never : K]: ArgValue<S[K]> } & {
  [K in keyof S as S[K] extends Arg<unknown, true> ? K : never]?: ArgValue<S[K]>;
};
type ObjectInput<S extends Shape> = { [K in keyof S as S[K] extends Arg<unknown, true> ? never : K]: ArgInput<S[K]> } & {
  [K in keyof S as S[K] extends Arg<unknown, true> ? K : never]?: ArgInput<S[K]>;
};

/** An object with declared fields; fields not declared are left out (never passed on). */
export function object<S extends Shape>(label: string, shape: S): Arg<ObjectValue<S>, false, ObjectInput<S>> {
  return make<ObjectValue<S>, ObjectInput<S>>(label, 'un objet', (v, fail) => {
    if (!isPlainObject(v)) return fail();
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(shape)) {
      const x = v[key];
      if (field.optional && (x === undefined || x === null)) continue;
      try {
        out[key] = field.check(x);
      } catch (e) {
        if (!(e instanceof ArgumentError)) throw e;
        throw new ArgumentError(`Argument « ${label} » › ${e.message.replace(/^Argument /, '')}`);
      }
    }
    return out as ObjectValue<S>;
  });
}

export function list<T, I>(label: string, item: Arg<T, boolean, I>, max = MAX_LIST): Arg<T[], false, I[]> {
  return make<T[], I[]>(label, `une liste d’au plus ${fr(max)} éléments`, (v, fail) => {
    if (!Array.isArray(v) || v.length > max) return fail();
    return v.map((x, i) => {
      try {
        return item.check(x);
      } catch (e) {
        if (!(e instanceof ArgumentError)) throw e;
        throw new ArgumentError(`Argument « ${label} », élément ${i + 1} : ${e.message.replace(/^Argument « [^»]*» : /, '')}`);
      }
    });
  });
}

/** A text → text table (e.g. column → field), at most `max` entries. */
export function dictionary(label: string, max = MAX_RECORD_FIELDS): Arg<Record<string, string>, false> {
  return make(label, `un tableau de correspondances (texte → texte, au plus ${fr(max)})`, (v, fail) => {
    if (!isPlainObject(v) || Object.keys(v).length > max) return fail();
    const out: Record<string, string> = {};
    for (const [k, x] of Object.entries(v)) {
      if (x === null || x === undefined) out[k] = '';
      else if (typeof x === 'string') out[k] = x;
      else return fail();
    }
    return out;
  });
}

/** Any JSON value, checked further where it is used (the Apps Script event of a trigger). */
export function event(label: string): Arg<unknown, true> {
  return { label, optional: true, expected: 'un évènement Apps Script', check: (v) => v };
}

/** Undefined or null accepted (the function's default applies). */
export function optional<T, I>(a: Arg<T, boolean, I>): Arg<T | undefined, true, I | null | undefined> {
  return { ...a, optional: true, check: (v) => (v === undefined || v === null ? undefined : a.check(v)) };
}

/**
 * An amount as a form sends it: a number, or the text as typed (« 1 500 000 », « 12,5 millions »), read
 * and checked by the field it goes to, which names it in its refusal. A number that is not finite
 * (NaN, sent by a page that failed to read the text) is refused rather than stored as no amount.
 */
export function amount(label: string): Arg<number | string, false> {
  return make(label, `un montant (nombre ou texte, ${AMOUNT_EXAMPLE})`, (v, fail) =>
    (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.length <= 100) ? v : fail(),
  );
}
