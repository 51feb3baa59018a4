/** Finds Pacte's columns by header text on row 1, wherever the user moved them. */
import type { TableSpec } from '../domain/schema/field';
import { foldText } from '../domain/records/normalise';

/** Field key → 0-based column index. Unknown headers are the user's own columns and are left alone. */
export function mapHeaders(spec: TableSpec, headerRow: readonly unknown[]): { columns: Map<string, number>; missing: string[] } {
  const byHeader = new Map<string, number>();
  headerRow.forEach((h, i) => {
    const key = foldText(String(h ?? ''));
    if (key && !byHeader.has(key)) byHeader.set(key, i);
  });
  const columns = new Map<string, number>();
  const missing: string[] = [];
  for (const f of spec.fields) {
    const i = byHeader.get(foldText(f.header));
    if (i === undefined) missing.push(f.header);
    else columns.set(f.key, i);
  }
  return { columns, missing };
}
