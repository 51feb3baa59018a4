/** The import's source, once its shape is checked (src/domain/contracts/api.ts): a CSV text or a sheet, one of the two. */
import { ArgumentError } from '../contracts/args';

export type ImportSource = { csv: string } | { sheetName: string };

/** Exactly one of a non-empty CSV text and a sheet name (both are optional in the schema). */
export function asImportSource(value: { csv?: string; sheetName?: string }): ImportSource {
  const { csv, sheetName } = value;
  if (!csv === !sheetName)
    throw new ArgumentError('Import : indiquez soit un fichier CSV (texte collé ou fichier choisi), soit une feuille du classeur — un seul des deux.');
  if (csv !== undefined && csv !== '') {
    if (csv.trim() === '') throw new ArgumentError('Import : le fichier CSV est vide.');
    return { csv };
  }
  return { sheetName: sheetName! };
}
