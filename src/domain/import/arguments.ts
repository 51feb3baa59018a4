/** The import's source, once its shape is checked (src/domain/contracts/api.ts): a CSV text or a sheet, one of the two. */
export class ImportArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportArgumentError';
  }
}

export type ImportSource = { csv: string } | { sheetName: string };

/** Exactly one of a non-empty CSV text and a sheet name (both are optional in the schema). */
export function asImportSource(value: { csv?: string; sheetName?: string }): ImportSource {
  const { csv, sheetName } = value;
  if (!csv === !sheetName)
    throw new ImportArgumentError('Import : indiquez soit un fichier CSV (texte collé ou fichier choisi), soit une feuille du classeur — un seul des deux.');
  if (csv !== undefined && csv !== '') {
    if (csv.trim() === '') throw new ImportArgumentError('Import : le fichier CSV est vide.');
    return { csv };
  }
  return { sheetName: sheetName! };
}
