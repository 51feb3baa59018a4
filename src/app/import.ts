/** Importing partners from a CSV file or from another sheet of the workbook. */
import type { ImportPreview, ImportResult } from '../domain/contracts';
import { CONTACTS, PARTNERS } from '../domain/schema/tables';
import { asImportSource, type ImportSource } from '../domain/import/arguments';
import { ArgumentError } from '../domain/contracts/args';
import { missingMappingMessage, resolveMapping } from '../domain/import/mapping';
import { planImport, previewOf, resultOf, type SourceTable } from '../domain/import/plan';
import { csvSource, sheetSource } from '../domain/import/source';
import { isPacteSheet } from '../domain/import/pacte-sheets';
import type { Settings } from '../domain/settings/settings';
import type { Store } from '../store/store';
import type { Ports } from './ports';
import { refreshPriorities } from './priorities';
import { recordCreations } from './partners';

/** The source as the sidebar sends it: a CSV text or the name of a sheet. */
type SourceArg = Parameters<typeof asImportSource>[0];

/** Sheets of the workbook that are not Pacte's: candidates for an import. */
export function listImportableSheets(ports: Ports): string[] {
  return ports.importSheets.importable();
}

const records = (store: Store, spec: typeof PARTNERS | typeof CONTACTS) =>
  store
    .table(spec)
    .all()
    .map((s) => s.record);

function loadSource(ports: Ports, source: ImportSource): SourceTable & { separator?: string } {
  if ('csv' in source) return csvSource(source.csv);
  if (isPacteSheet(source.sheetName))
    throw new ArgumentError(`Import : « ${source.sheetName} » est une feuille de Pacte ; choisissez la feuille qui contient vos partenaires à importer.`);
  const cells = ports.importSheets.read(source.sheetName);
  if (!cells) throw new ArgumentError(`Import : la feuille « ${source.sheetName} » est introuvable dans ce classeur.`);
  return sheetSource(cells, source.sheetName);
}

/** What the import would do: suggested (or given) mapping, the first 50 rows with their errors and duplicates. */
export function previewImport(ports: Ports, source: SourceArg, mapping?: Record<string, string>): ImportPreview {
  const table = loadSource(ports, asImportSource(source));
  const plan = planImport(table, resolveMapping(table.headers, mapping), records(ports.store, PARTNERS), records(ports.store, CONTACTS));
  return { ...previewOf(table, plan), ...(table.separator ? { separator: table.separator } : {}) };
}

/**
 * Creates the valid, non-duplicate rows in one block (one Journal block), then writes their
 * priority score and quadrant; every other row is reported by line with its reason and what
 * the user typed.
 */
export function importPartners(ports: Ports, settings: Settings, source: SourceArg, mapping: Record<string, string>): ImportResult {
  const table = loadSource(ports, asImportSource(source));
  const { store } = ports;
  // A retry plans against the partners as they were before its first attempt (not its own rows as duplicates).
  const own = ports.request.ownIds();
  const existing = records(store, PARTNERS).filter((r) => !own.has(r.id));
  const plan = planImport(table, resolveMapping(table.headers, mapping), existing, records(store, CONTACTS));
  if (plan.missing.length) throw new ArgumentError(missingMappingMessage(plan.missing));
  const created = store.table(PARTNERS).insert(plan.rows.flatMap((r) => (r.record ? [r.record] : [])));
  // Priority score and quadrant of the new partners, as savePartner computes them (one block per column).
  if (created.length) refreshPriorities(store, settings, new Set(created.map((r) => r.id)));
  recordCreations(store, created);
  const names = new Map(existing.map((p) => [p.id, p.name]));
  return resultOf(
    plan,
    created.map((r) => r.id),
    names,
  );
}
