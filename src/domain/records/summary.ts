/** What the Journal says of a new record: its filled user fields, « Nom : CNJ ; Type : OSC ». */
import type { DataRecord, TableSpec } from '../schema/field';

export function summariseRecord(spec: TableSpec, r: DataRecord): string {
  return spec.fields
    .filter((f) => !f.system && r[f.key] !== '' && r[f.key] !== undefined && r[f.key] !== null)
    .map((f) => `${f.header} : ${r[f.key]}`)
    .join(' ; ');
}
