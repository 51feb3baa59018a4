/** What changed between two versions of a record, field by field, for the Journal. */
import type { CellData, DataRecord } from '../schema/field';

interface FieldChange {
  field: string;
  before: CellData;
  after: CellData;
}

const same = (a: CellData | undefined, b: CellData | undefined): boolean => (a ?? '') === (b ?? '');

export function diffRecords(before: DataRecord, after: DataRecord): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(after)) {
    if (!same(before[field], after[field])) changes.push({ field, before: before[field] ?? '', after: after[field] ?? '' });
  }
  return changes;
}
