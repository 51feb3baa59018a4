/** Sidebar API: importing partners from a CSV file or from another sheet of the workbook. */
import type { TableSpec } from '../../domain/schema/field';
import { CONTACTS, PARTNERS } from '../../domain/schema/tables';
import { asImportSource, type ImportSource } from '../../domain/import/arguments';
import { ArgumentError } from '../../domain/contracts/args';
import { resolveMapping } from '../../domain/import/mapping';
import { planImport, previewOf, resultOf, type SourceTable } from '../../domain/import/plan';
import { csvSource, sheetSource } from '../../domain/import/source';
import { SheetTable } from '../../services/sheet-table';
import type { StoreContext } from '../../services/store-context';
import { importableSheetNames, isPacteSheet, readSheetCells } from '../../services/import-source';
import { refreshPriorities } from '../../services/partner-priority';
import { loadSettings } from '../../services/settings-store';
import { serve } from '../frame/endpoint';

/** Sheets of the workbook that are not Pacte's: candidates for an import. */
export const listImportableSheets = serve('listImportableSheets', ({ ctx }) => importableSheetNames(ctx));

const records_ = (ctx: StoreContext, spec: TableSpec) =>
  SheetTable.open(ctx, spec)
    .all()
    .map((s) => s.record);

function loadSource_(ctx: StoreContext, source: ImportSource): SourceTable & { separator?: string } {
  if ('csv' in source) return csvSource(source.csv);
  if (isPacteSheet(source.sheetName))
    throw new ArgumentError(`Import : « ${source.sheetName} » est une feuille de Pacte ; choisissez la feuille qui contient vos partenaires à importer.`);
  const cells = readSheetCells(ctx, source.sheetName);
  if (!cells) throw new ArgumentError(`Import : la feuille « ${source.sheetName} » est introuvable dans ce classeur.`);
  return sheetSource(cells, source.sheetName);
}

/** What the import would do: suggested (or given) mapping, the first 50 rows with their errors and duplicates. */
export const previewImport = serve('previewImport', ({ ctx }, source, mapping) => {
  const table = loadSource_(ctx, asImportSource(source));
  const plan = planImport(table, resolveMapping(table.headers, mapping), records_(ctx, PARTNERS), records_(ctx, CONTACTS));
  return { ...previewOf(table, plan), ...(table.separator ? { separator: table.separator } : {}) };
});

/**
 * Creates the valid, non-duplicate rows in one block (one Journal block), then writes their
 * priority score and quadrant; every other row is reported by line with its reason and what
 * the user typed.
 */
export const importPartners = serve('importPartners', ({ ctx }, source, mapping) => {
  const table = loadSource_(ctx, asImportSource(source));
  const partners = SheetTable.open(ctx, PARTNERS);
  // A retry plans against the partners as they were before its first attempt (not its own rows as duplicates).
  const own = ctx.run?.reservedIds() ?? new Set<string>();
  const existing = partners
    .all()
    .map((s) => s.record)
    .filter((r) => !own.has(r.id));
  const plan = planImport(table, resolveMapping(table.headers, mapping), existing, records_(ctx, CONTACTS));
  if (plan.missing.length) {
    throw new ArgumentError(
      `Import impossible : associez une colonne ${plan.missing.length > 1 ? 'aux champs obligatoires' : 'au champ obligatoire'} ${plan.missing.map((m) => `« ${m} »`).join(', ')}. Rien n'a été importé.`,
    );
  }
  const created = partners.insert(plan.rows.flatMap((r) => (r.record ? [r.record] : [])));
  // Priority score and quadrant of the new partners, as savePartner computes them (one block per column).
  if (created.length) refreshPriorities(ctx, partners, loadSettings(ctx), new Set(created.map((r) => r.id)));
  const names = new Map(existing.map((p) => [p.id, p.name]));
  return resultOf(
    plan,
    created.map((r) => r.id),
    names,
  );
});
