/** Finds Pacte's columns by header text on row 1, wherever the user moved them. */
import type { TableSpec } from '../domain/schema/field';
import { foldText } from '../domain/records/normalise';

export class MissingColumnsError extends Error {
  constructor(sheetName: string, headers: string[]) {
    super(
      `Feuille « ${sheetName} » : ${headers.length > 1 ? 'colonnes introuvables' : 'colonne introuvable'} en ligne 1 : ${headers
        .map((h) => `« ${h} »`)
        .join(', ')}. Lancez Pacte → Initialiser le classeur pour ${headers.length > 1 ? 'les' : 'la'} recréer (les autres données ne sont pas modifiées).`,
    );
    this.name = 'MissingColumnsError';
  }
}

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
