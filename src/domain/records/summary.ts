/** What the Journal says of a new record: its filled user fields, « Nom : CNJ ; Type : OSC ». */
import type { CellData, DataRecord, FieldSpec, TableSpec } from '../schema/field';
import { formatDateFr, formatNumberFr } from '../format/french';
import { isLocalDate } from '../format/local-date';

export function summariseRecord(spec: TableSpec, r: DataRecord): string {
  return spec.fields
    .filter((f) => !f.system && r[f.key] !== '' && r[f.key] !== undefined && r[f.key] !== null)
    .map((f) => `${f.header} : ${r[f.key]}`)
    .join(' ; ');
}

/** Longest description shown per record: a long note is cut, so a list of them stays small. */
const DESCRIPTION_CHARS = 240;

/** What a person reads of a record (Archives): « Nom : CNJ ; Principal : oui ; Échéance : 12 mars 2026 ». */
export function describeRecord(spec: TableSpec, r: DataRecord): string {
  const text = spec.fields
    .filter((f) => !f.system && r[f.key] !== '' && r[f.key] !== undefined && r[f.key] !== null)
    .map((f) => `${f.header} : ${readable(f, r[f.key])}`)
    .join(' ; ');
  return text.length > DESCRIPTION_CHARS ? `${text.slice(0, DESCRIPTION_CHARS - 1)}…` : text;
}

function readable(f: FieldSpec, v: CellData): string {
  if (typeof v === 'boolean') return v ? 'oui' : 'non';
  if (typeof v === 'number') return formatNumberFr(v, Number.isInteger(v) ? 0 : 2);
  if (f.type === 'date' && typeof v === 'string' && isLocalDate(v)) return formatDateFr(v);
  return String(v);
}
