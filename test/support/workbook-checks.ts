/** What a robustness test checks in a demo workbook after faults or interleavings: rows, files, the Journal. */
import type { LoadedScript } from '../../src/dev/load-script';
import { USERS } from './workbooks';
import { verifyChain } from '../../src/domain/journal/chain';
import { sha256Hex } from '../../src/domain/journal/sha256';
import { JOURNAL } from '../../src/domain/schema/tables';
import { byHeader, values } from './demo-sheets';

export const rowsOf = (wb: LoadedScript, name: string): Record<string, unknown>[] => byHeader(values(wb, name));

/** Google Docs and PDFs (not folders, not templates) in Drive, not trashed. */
export function liveFiles(wb: LoadedScript): { name: string; id: string }[] {
  return [...wb.world.drive.files.values()]
    .filter((f) => !f.trashed && f.mimeType !== 'application/vnd.google-apps.folder' && !f.name.startsWith('Modèle'))
    .filter((f) => f.mimeType === 'application/vnd.google-apps.document' || f.mimeType === 'application/pdf')
    .map((f) => ({ name: f.name, id: f.id }));
}

/** Every row with an ID in the sheets has its « création » entry, and the Journal's chain verifies up to its head. */
export function journalProblems(wb: LoadedScript, sheets: readonly string[]): string[] {
  const journal = rowsOf(wb, 'Journal');
  const created = new Set(journal.filter((j) => j['Action'] === 'création').map((j) => `${String(j['Feuille'])}|${String(j['ID'])}`));
  const problems: string[] = [];
  for (const sheet of sheets)
    for (const r of rowsOf(wb, sheet))
      if (r['ID'] && !created.has(`${sheet}|${String(r['ID'])}`)) problems.push(`${sheet} ${String(r['ID'])} sans entrée de Journal`);
  const keys = JOURNAL.fields.map((f) => f.key);
  const headers = JOURNAL.fields.map((f) => f.header);
  const chainRows = journal.map((j, i) => ({
    row: i + 2,
    record: Object.fromEntries(keys.map((k, c) => [k, k === 'at' ? isoLocal(j[headers[c]]) : String(j[headers[c]] ?? '')])),
  }));
  const head = wb.world.run(() => PropertiesService.getDocumentProperties().getProperty('pacte.journal.head'), { user: USERS.admin });
  const verdict = verifyChain(chainRows, head ? JSON.parse(head) : null, sha256Hex);
  if (!verdict.ok) problems.push(`chaîne du Journal rompue ligne ${verdict.row} : ${verdict.reason}`);
  return problems;
}

/** The Journal's Horodatage as the server reads it (local date-time in Africa/Bamako = UTC). */
function isoLocal(v: unknown): string {
  return v instanceof Date || Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString().slice(0, 19) : String(v ?? '');
}

/** Problems when `n` rows of the sheet match `where` (default: every row) instead of `expected`. */
export function count(wb: LoadedScript, sheet: string, expected: number, what: string, where: (r: Record<string, unknown>) => boolean = () => true): string[] {
  const n = rowsOf(wb, sheet).filter(where).length;
  return n === expected ? [] : [`${n} ${what} au lieu de ${expected}`];
}

/** IDs found on more than one row of the sheets. */
export function duplicateIds(wb: LoadedScript, sheets: readonly string[]): string[] {
  return sheets.flatMap((sheet) => {
    const ids = rowsOf(wb, sheet)
      .map((r) => String(r['ID'] ?? ''))
      .filter(Boolean);
    return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))].map((id) => `${sheet} : ${id} en double`);
  });
}
