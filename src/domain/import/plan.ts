/**
 * The import, decided before anything is written: each source row normalised against the
 * Partenaires fields with French errors naming the source line and column, duplicates of
 * existing partners or of an earlier row of the file flagged, and the rows to create.
 */
import type { ImportPreview, ImportResult } from '../contracts';
import type { CellData, DataRecord, FieldSpec } from '../schema/field';
import { foldText, normaliseValue, refusalText, type Normalised } from '../records/normalise';
import { DuplicateIndex } from './duplicates';
import { IMPORTABLE_FIELDS, missingRequired } from './mapping';
import { NEW_PARTNER_DEFAULTS } from '../schema/partner-defaults';

export type SourceCell = string | number;

export interface SourceTable {
  /** Unique, non-empty headers (see uniqueHeaders). */
  headers: string[];
  /** Data rows with the source line (CSV line or sheet row) they come from. */
  rows: { line: number; cells: SourceCell[] }[];
}

interface PlannedRow {
  line: number;
  /** Field key → text as found in the source. */
  values: Record<string, string>;
  /** What is wrong, by column (« colonne « Site internet » (Site web) : … »); the row's line is said once, beside them. */
  errors: string[];
  /** ID of the existing partner this row duplicates ('' if none). */
  duplicateOf: string;
  /** Earlier line of the same source this row duplicates. */
  duplicateOfLine?: number;
  /** Normalised record, when the row will be created. */
  record?: DataRecord;
}

interface ImportPlan {
  mapping: Record<string, string>;
  missing: string[];
  rows: PlannedRow[];
}

const PREVIEW_ROWS = 50;
export const MAX_IMPORT_ROWS = 5000;

const isDuplicate = (r: PlannedRow): boolean => !!r.duplicateOf || r.duplicateOfLine !== undefined;

const show = (v: SourceCell): string => (typeof v === 'number' ? String(v).replace('.', ',') : v);

/**
 * Enum values as people write them in their own files: "PTF" or "bailleur" for
 * "PTF / bailleur", "Collectivité" for "Collectivité territoriale" (a unique match only).
 */
export function normaliseImportValue(field: FieldSpec, raw: SourceCell): Normalised {
  const strict = normaliseValue(field, raw);
  if (strict.ok || field.type !== 'enum' || typeof raw !== 'string') return strict;
  const t = foldText(raw);
  const values = field.values ?? [];
  const byPart = values.filter((v) => v.split('/').some((p) => foldText(p) === t));
  if (byPart.length === 1) return { ok: true, value: byPart[0] };
  const byPrefix = values.filter((v) => foldText(v).startsWith(t + ' '));
  if (byPrefix.length === 1) return { ok: true, value: byPrefix[0] };
  return strict;
}

export function planImport(
  source: SourceTable,
  mapping: Record<string, string>,
  existing: readonly DataRecord[],
  contacts: readonly DataRecord[] = [],
): ImportPlan {
  const index = new DuplicateIndex<string>();
  for (const p of existing) index.add(p, String(p.id ?? ''));
  for (const c of contacts) if (c.partnerId) index.addEmail(c.email, String(c.partnerId));
  const inFile = new DuplicateIndex<number>();
  const columns = source.headers.map((h, i): [FieldSpec, number, string] | null => {
    const f = IMPORTABLE_FIELDS.find((x) => x.key === mapping[h]);
    return f ? [f, i, h] : null;
  });
  const mapped = columns.filter((c): c is [FieldSpec, number, string] => c !== null);
  const unmapped = IMPORTABLE_FIELDS.filter((f) => f.required && !mapped.some(([m]) => m.key === f.key));

  const rows = source.rows.map(({ line, cells }): PlannedRow => {
    const values: Record<string, string> = {};
    const record: DataRecord = {};
    const errors: string[] = [];
    for (const [field, i, header] of mapped) {
      const raw = cells[i] ?? '';
      values[field.key] = show(raw);
      const r = normaliseImportValue(field, raw);
      const column = `colonne « ${header} »${foldText(header) === foldText(field.header) ? '' : ` (${field.header})`}`;
      if (!r.ok) errors.push(`${column} : « ${show(raw)} » ${refusalText(r)}.`);
      else if (field.required && r.value === '') errors.push(`${column} : ce champ est obligatoire.`);
      else record[field.key] = r.value as CellData;
    }
    for (const f of unmapped) errors.push(`le champ obligatoire « ${f.header} » n'est associé à aucune colonne.`);
    for (const [key, value] of Object.entries(NEW_PARTNER_DEFAULTS)) if (record[key] === undefined || record[key] === '') record[key] = value;
    const keys = { name: values.name, acronym: values.acronym, email: values.email };
    const dup = index.find(keys);
    const planned: PlannedRow = { line, values, errors, duplicateOf: dup ? dup.owner : '' };
    if (!dup) {
      const twin = inFile.find(keys);
      if (twin) planned.duplicateOfLine = twin.owner;
    }
    if (errors.length === 0 && !planned.duplicateOf && planned.duplicateOfLine === undefined) {
      planned.record = record;
      inFile.add(keys, line);
    }
    return planned;
  });
  return { mapping, missing: missingRequired(mapping), rows };
}

export function previewOf(source: SourceTable, plan: ImportPlan): ImportPreview {
  const duplicates = plan.rows.filter(isDuplicate).length;
  return {
    headers: source.headers,
    mapping: plan.mapping,
    fields: IMPORTABLE_FIELDS.map((f) => ({ key: f.key, header: f.header, required: !!f.required })),
    total: plan.rows.length,
    valid: plan.rows.filter((r) => r.record).length,
    rows: plan.rows.slice(0, PREVIEW_ROWS).map((r) => ({
      line: r.line,
      values: r.values,
      errors: r.errors,
      duplicateOf: r.duplicateOf,
      ...(r.duplicateOfLine !== undefined ? { duplicateOfLine: r.duplicateOfLine } : {}),
    })),
    duplicates,
    invalid: plan.rows.filter((r) => r.errors.length > 0).length,
    missingFields: plan.missing,
  };
}

/** Why a row is not created, in French, naming its line (duplicate first, then every error). */
function skipReason(r: PlannedRow, names: ReadonlyMap<string, string>): string {
  const parts: string[] = [];
  if (r.duplicateOf) parts.push(`doublon de ${r.duplicateOf}${names.get(r.duplicateOf) ? ` (${names.get(r.duplicateOf)})` : ''}.`);
  else if (r.duplicateOfLine !== undefined) parts.push(`doublon de la ligne ${r.duplicateOfLine} du fichier.`);
  parts.push(...r.errors);
  return `Ligne ${r.line} : non importée — ${parts.join(' ')}`;
}

export function resultOf(plan: ImportPlan, ids: readonly string[], names: ReadonlyMap<string, string>): ImportResult {
  const skipped = plan.rows.filter((r) => !r.record);
  return {
    created: ids.length,
    skippedDuplicates: skipped.filter(isDuplicate).length,
    errors: skipped.map((r) => skipReason(r, names)),
    ids: [...ids],
    skipped: skipped.map((r) => ({ line: r.line, reason: skipReason(r, names), values: r.values })),
  };
}
