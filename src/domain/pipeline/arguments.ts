/**
 * Checks what the sidebar sends before anything is read or written: google.script.run passes
 * whatever the page gives, so types are verified here and refused with a French message.
 */
import type { RecordInput } from '../contracts';

export class ArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArgumentError';
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A record as a form sends it: an object whose values are text, numbers, booleans or empty. */
export function asRecordInput(value: unknown, what: string): RecordInput {
  if (!isPlainObject(value)) throw new ArgumentError(`${what} : les données reçues ne sont pas un enregistrement (objet attendu).`);
  const out: RecordInput = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (v !== null && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
      throw new ArgumentError(`${what} : la valeur du champ « ${key} » doit être un texte, un nombre ou un booléen.`);
    }
    out[key] = v;
  }
  return out;
}

/** A record ID such as "OPP-0001" (required). */
export function asId(value: unknown, label: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new ArgumentError(`${label} : un identifiant (texte, ex. OPP-0001) est attendu.`);
  return value.trim();
}

/** Optional text: undefined, null or '' give ''. */
export function asOptionalText(value: unknown, label: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new ArgumentError(`${label} : un texte est attendu.`);
  return value.trim();
}

/** An optional object of optional text fields (e.g. the board's filter). */
export function asTextFields<K extends string>(value: unknown, labels: Record<K, string>, what: string): Partial<Record<K, string>> {
  if (value === undefined || value === null) return {};
  if (!isPlainObject(value)) throw new ArgumentError(`${what} : un objet est attendu.`);
  const out: Partial<Record<K, string>> = {};
  for (const key of Object.keys(labels) as K[]) {
    const t = asOptionalText(value[key], `${what}, « ${labels[key]} »`);
    if (t) out[key] = t;
  }
  return out;
}
