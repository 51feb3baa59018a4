/** Turns what the user gives — pasted or uploaded CSV text, or the values of a sheet — into one SourceTable. */
import { CsvError, parseCsv } from './csv';
import { uniqueHeaders } from './mapping';
import { MAX_IMPORT_ROWS, type SourceCell, type SourceTable } from './plan';

export { CsvError };

function checkSize(rows: number, what: string): void {
  if (rows > MAX_IMPORT_ROWS) {
    throw new CsvError(
      `${what} contient ${rows} lignes de données : Pacte en importe au plus ${MAX_IMPORT_ROWS} à la fois. Découpez-le en plusieurs fichiers.`,
    );
  }
}

export function csvSource(text: string): SourceTable & { separator: string } {
  const { records, separator } = parseCsv(text);
  if (records.length === 0) throw new CsvError('Le fichier CSV est vide : la première ligne doit contenir les en-têtes des colonnes (Nom, Sigle, Type…).');
  checkSize(records.length - 1, 'Le fichier');
  const headers = uniqueHeaders(records[0].cells);
  return { headers, rows: records.slice(1).map((r) => ({ line: r.line, cells: r.cells })), separator };
}

/** A sheet's values (row 1 = headers); fully empty rows are skipped, line = sheet row. */
export function sheetSource(values: readonly (readonly SourceCell[])[], sheetName: string): SourceTable {
  const rows: SourceTable['rows'] = [];
  for (let r = 1; r < values.length; r++) {
    if (values[r].some((c) => c !== '')) rows.push({ line: r + 1, cells: [...values[r]] });
  }
  if (values.length === 0 || values[0].every((c) => c === ''))
    throw new CsvError(`La feuille « ${sheetName} » n'a pas d'en-têtes en ligne 1 : ajoutez une ligne d'en-têtes (Nom, Sigle, Type…).`);
  checkSize(rows.length, `La feuille « ${sheetName} »`);
  return { headers: uniqueHeaders(values[0].map((c) => String(c))), rows };
}
