/** The import use cases (src/app/import.ts) on the in-memory store, another sheet of the workbook faked. */
import type { Ports } from '../../src/app/ports';
import type { SourceCell } from '../../src/domain/import/plan';
import { JOURNAL, PARTNERS } from '../../src/domain/schema/tables';
import { parseSettings } from '../../src/domain/settings/settings';
import { MemoryStore } from '../../src/store/memory-store';
import { importPartners, listImportableSheets, previewImport } from '../../src/app/import';

const settings = parseSettings([]);

function workbook(sheets: Record<string, SourceCell[][]>, earlier: string[] = []) {
  const store = new MemoryStore({ user: 'chargee@amade.org', now: () => new Date('2026-03-12T09:00:00Z') });
  const importSheets = {
    importable: () => Object.keys(sheets),
    read: (name: string) => sheets[name] ?? null,
  };
  // Partners created by this request's earlier attempts (a retry after a failure midway) are not duplicates of its rows.
  const request = { once: <T>(_step: string, fn: () => T) => fn(), ownIds: () => new Set(earlier) };
  return { store, ports: { store, importSheets, request } as Partial<Ports> as Ports };
}
const names = (store: MemoryStore) =>
  store
    .table(PARTNERS)
    .all()
    .map((s) => s.record.name);

const LISTE = [
  ['Nom', 'Type', 'Pouvoir', 'Intérêt'],
  ['Fondation Sahel', 'Fondation', 'Élevé', 'Élevé'],
  ['Mairie de Ségou', 'Collectivité', '', ''],
];

it('lists the sheets the port offers', () => {
  expect(listImportableSheets(workbook({ Liste: LISTE }).ports)).toEqual(['Liste']);
});

it("refuses Pacte's own sheets and a sheet that does not exist, in French", () => {
  const { ports } = workbook({ Liste: LISTE });
  expect(() => previewImport(ports, { sheetName: 'partenaires' })).toThrow(
    'Import : « partenaires » est une feuille de Pacte ; choisissez la feuille qui contient vos partenaires à importer.',
  );
  expect(() => previewImport(ports, { sheetName: 'Autre' })).toThrow('Import : la feuille « Autre » est introuvable dans ce classeur.');
});

it('creates the valid rows of a sheet, journaled, with their priority; a duplicate is skipped', () => {
  const { store, ports } = workbook({ Liste: [...LISTE, ['fondation  SAHEL', 'Fondation', '', '']] });
  const preview = previewImport(ports, { sheetName: 'Liste' });
  expect(preview).toMatchObject({ total: 3, valid: 2 });
  const result = importPartners(ports, settings, { sheetName: 'Liste' }, preview.mapping);
  expect(result).toMatchObject({ created: 2, skippedDuplicates: 1, ids: ['PAR-0001', 'PAR-0002'] });
  expect(names(store)).toEqual(['Fondation Sahel', 'Mairie de Ségou']);
  expect(store.table(PARTNERS).getOrThrow('PAR-0001').record.quadrant).not.toBe('');
  expect(store.table(PARTNERS).getOrThrow('PAR-0002').record.quadrant).toBe('');
  expect(
    store
      .table(JOURNAL)
      .all()
      .filter((r) => r.record.action === 'création')
      .map((r) => r.record.recordId),
  ).toEqual(['PAR-0001', 'PAR-0002']);
});

it('refuses a mapping that leaves a required field unmapped, importing nothing', () => {
  const { store, ports } = workbook({ Liste: LISTE });
  expect(() => importPartners(ports, settings, { sheetName: 'Liste' }, { Nom: 'name', Type: '', Pouvoir: '', Intérêt: '' })).toThrow(
    "Import impossible : associez une colonne au champ obligatoire « Type ». Rien n'a été importé.",
  );
  expect(names(store)).toEqual([]);
});

it('a retry does not take the partners of its own earlier attempt for duplicates', () => {
  const { store, ports } = workbook({ Liste: LISTE }, ['PAR-0001']);
  store.table(PARTNERS).insert([{ name: 'Fondation Sahel', type: 'Fondation' }]);
  const result = importPartners(ports, settings, { sheetName: 'Liste' }, { Nom: 'name', Type: 'type', Pouvoir: 'power', Intérêt: 'interest' });
  expect(result).toMatchObject({ created: 2, skippedDuplicates: 0 });
});
