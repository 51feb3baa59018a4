/** How a table (sheet) and its columns are described: Pacte finds columns by header text, never by position. */
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
  /** Table key an ID refers to (type 'ref'). */
  ref?: string;
  /** Written by Pacte itself (ID, Créé le, Modifié le, Modifié par): not user input. */
  system?: boolean;
}

export interface TableSpec {
  key: string;
  sheetName: string;
  /** ID prefix ("PAR" → PAR-0001); tables without IDs (Journal) are append-only logs. */
  idPrefix?: string;
  fields: readonly FieldSpec[];
}

/** A record as the domain handles it: plain JSON values (dates as "YYYY-MM-DD"), '' or null when empty. */
export type CellData = string | number | boolean | null;
export type DataRecord = Record<string, CellData>;

export const AUDIT_FIELDS: readonly FieldSpec[] = [
  { key: 'createdAt', header: 'Créé le', type: 'datetime', system: true },
  { key: 'updatedAt', header: 'Modifié le', type: 'datetime', system: true },
  { key: 'updatedBy', header: 'Modifié par', type: 'email', system: true },
];

export function fieldByKey(spec: TableSpec, key: string): FieldSpec {
  const f = spec.fields.find((x) => x.key === key);
  if (!f) throw new Error(`Champ inconnu « ${key} » dans ${spec.sheetName}`);
  return f;
}
