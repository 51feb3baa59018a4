/** How a table (sheet) and its columns are described: Pacte finds columns by header text, never by position. */
import type { LocalDate } from '../format/local-date';

type FieldType =
  | 'id' // stable record ID (PAR-0001)
  | 'ref' // ID of a record in another table
  | 'text'
  | 'longtext'
  | 'email'
  | 'phone'
  | 'url'
  | 'integer'
  | 'number'
  | 'money' // amount in the record's currency (FCFA by default)
  | 'score' // 0–5 or 1–5 rating (min/max)
  | 'percent' // 0–100
  | 'date' // calendar day in the spreadsheet's time zone
  | 'datetime'
  | 'enum'
  | 'currency' // an ISO 4217 code among `values`, also typed « FCFA », « € »… (domain/format/currency.ts)
  | 'multi' // several enum values, comma-separated in the cell
  | 'boolean';

export interface FieldSpec {
  key: string;
  /** Header text on row 1 (French): how the column is found. */
  header: string;
  type: FieldType;
  required?: boolean;
  values?: readonly string[];
  min?: number;
  max?: number;
  /** Longest text accepted from a user (characters); see USER_TEXT_LIMITS. */
  maxLength?: number;
  /** Table key an ID refers to (type 'ref'). */
  ref?: string;
  /** Written by Pacte itself (ID, Créé le, Modifié le, Modifié par): not user input. */
  system?: boolean;
  /**
   * A column a later version of Pacte added, that it can work without: a workbook made before opens
   * as usual (the field reads empty and is not written) until « Initialiser » adds the column.
   */
  addedLater?: boolean;
}

export interface TableSpec<F extends readonly FieldSpec[] = readonly FieldSpec[]> {
  key: string;
  sheetName: string;
  /** ID prefix ("PAR" → PAR-0001); tables without IDs (Journal) are append-only logs. */
  idPrefix?: string;
  fields: F;
}

/** A record as the domain handles it: plain JSON values (dates as "YYYY-MM-DD"), '' or null when empty. */
export type CellData = string | number | boolean | null;
export type DataRecord = Record<string, CellData>;

/**
 * Longest text a user may type, per field type, on the sheets users fill (partners, contacts,
 * opportunities, interactions, analyses, conventions, commitments): a name or a title is a line
 * (200), other short texts a sentence or two (500), and a note, a report or a comment is kept whole
 * up to 100,000 characters (beyond 50,000 the store moves it to « Textes longs »: nothing typed is
 * cut). Longer input is refused with the field and the maximum. Pacte's own logs (Journal, Textes
 * longs) have no limit: they copy what was accepted.
 */
export const USER_TEXT_LIMITS: Partial<Record<FieldType, number>> = {
  text: 500,
  longtext: 100_000,
  email: 254,
  phone: 40,
  url: 2_000,
};

/** Largest amount accepted (a thousand billion): far above any partnership, far below where numbers lose digits. */
export const MAX_AMOUNT = 1_000_000_000_000;

/** The fields of a user-filled table with their length limits (a field's own `maxLength` wins) and amounts capped. */
export function withInputLimits<const F extends readonly FieldSpec[]>(fields: F): F {
  return fields.map((f) => ({
    ...f,
    maxLength: f.maxLength ?? USER_TEXT_LIMITS[f.type],
    ...(f.type === 'money' && f.max === undefined ? { max: MAX_AMOUNT } : {}),
  })) as unknown as F;
}

export const AUDIT_FIELDS = [
  { key: 'createdAt', header: 'Créé le', type: 'datetime', system: true },
  { key: 'updatedAt', header: 'Modifié le', type: 'datetime', system: true },
  { key: 'updatedBy', header: 'Modifié par', type: 'email', system: true },
] as const satisfies readonly FieldSpec[];

const ID_FIELD = { key: 'id', header: 'ID', type: 'id', system: true } as const satisfies FieldSpec;

/**
 * Declares a table. The field list keeps its literal keys, types and vocabularies, so `Row<typeof
 * PARTNERS>` knows every field: a misspelt field or a status outside the vocabulary fails the build.
 * With an ID prefix the table gets its « ID » column first; with `audit` the « Créé le / Modifié le /
 * Modifié par » columns last.
 */
export function defineTable<const F extends readonly FieldSpec[], const P extends string | undefined = undefined, const A extends boolean = true>(
  key: string,
  sheetName: string,
  idPrefix: P,
  fields: F,
  audit?: A,
): TableSpec<[...(P extends string ? [typeof ID_FIELD] : []), ...F, ...(A extends false ? [] : typeof AUDIT_FIELDS)]> {
  const all = [...(idPrefix ? [ID_FIELD] : []), ...fields, ...(audit === false ? [] : AUDIT_FIELDS)];
  return { key, sheetName, idPrefix, fields: all as never };
}

/**
 * The value of one field in a record read from its sheet: numbers `null` when empty, enumerations
 * their vocabulary ('' when empty), booleans `true`/`false` ('' when empty), everything else text
 * (dates as LocalDate "YYYY-MM-DD", date-times "YYYY-MM-DD HH:mm:ss" in the spreadsheet's zone).
 */
export type FieldValue<F extends FieldSpec> = F extends { type: 'enum'; values: readonly (infer V)[] }
  ? V | ''
  : F['type'] extends 'integer' | 'number' | 'money' | 'score' | 'percent'
    ? number | null
    : F['type'] extends 'boolean'
      ? boolean | ''
      : F['type'] extends 'date'
        ? LocalDate | ''
        : string;

/** A record of table S, typed from its declaration. */
export type Row<S extends TableSpec> = { -readonly [F in S['fields'][number] as F['key']]: FieldValue<F> };

/** The field keys of table S. */
export type FieldKey<S extends TableSpec> = S['fields'][number]['key'];

const NUMERIC: readonly FieldType[] = ['integer', 'number', 'money', 'score', 'percent'];

/** True for the fields read as `number | null`. */
export const isNumeric = (f: FieldSpec): boolean => NUMERIC.includes(f.type);

/** The value of an empty cell of this field: `null` for numbers, '' for everything else. */
export const emptyValue = (f: FieldSpec): CellData => (isNumeric(f) ? null : '');

export function fieldByKey(spec: TableSpec, key: string): FieldSpec {
  const f = spec.fields.find((x) => x.key === key);
  if (!f) throw new Error(`Champ inconnu « ${key} » dans ${spec.sheetName}`);
  return f;
}
