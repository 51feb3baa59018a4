/** Checks what the sidebar sends to the import before anything is read: types, sizes, French errors. */
export class ImportArgumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportArgumentError';
  }
}

export type ImportSource = { csv: string } | { sheetName: string };

/** About 5 MB of text: far above 5,000 partner rows, well under what google.script.run carries. */
const MAX_CSV_CHARS = 5_000_000;

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function asImportSource(value: unknown): ImportSource {
  if (!isPlainObject(value)) throw new ImportArgumentError('Import : la source doit être un texte CSV ou le nom d’une feuille du classeur.');
  const { csv, sheetName } = value;
  const hasCsv = csv !== undefined && csv !== null && csv !== '';
  const hasSheet = sheetName !== undefined && sheetName !== null && sheetName !== '';
  if (hasCsv === hasSheet)
    throw new ImportArgumentError('Import : indiquez soit un fichier CSV (texte collé ou fichier choisi), soit une feuille du classeur — un seul des deux.');
  if (hasCsv) {
    if (typeof csv !== 'string') throw new ImportArgumentError('Import : le contenu CSV doit être du texte.');
    if (csv.length > MAX_CSV_CHARS)
      throw new ImportArgumentError(
        `Import : le fichier CSV est trop volumineux (${Math.round(csv.length / 1e6)} millions de caractères ; au plus 5). Découpez-le en plusieurs fichiers.`,
      );
    if (csv.trim() === '') throw new ImportArgumentError('Import : le fichier CSV est vide.');
    return { csv };
  }
  if (typeof sheetName !== 'string') throw new ImportArgumentError('Import : le nom de feuille doit être un texte.');
  return { sheetName };
}

/** Optional mapping: source header → field key ('' = ignored). */
export function asMapping(value: unknown): Record<string, string> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value)) throw new ImportArgumentError('Import : la correspondance des colonnes doit être un objet (colonne → champ).');
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === null || v === undefined) out[k] = '';
    else if (typeof v !== 'string') throw new ImportArgumentError(`Import : la correspondance de la colonne « ${k} » doit être le nom d’un champ (texte).`);
    else out[k] = v;
  }
  return out;
}
