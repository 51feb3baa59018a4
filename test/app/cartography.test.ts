/** The cartography use cases (src/app/cartography.ts) on the in-memory store: the map and its owned sheet. */
import { CARTOGRAPHY_SHEET } from '../../src/domain/cartography/cartography';
import { PARTNERS } from '../../src/domain/schema/tables';
import { PARTNER_TYPES } from '../../src/domain/schema/vocabulary';
import { MemoryStore } from '../../src/store/memory-store';
import { getCartography, refreshCartographySheet } from '../../src/app/cartography';

function workbook() {
  const store = new MemoryStore({ user: 'chargee@amade.org', now: () => new Date('2026-03-12T09:00:00Z') });
  store.table(PARTNERS).insert([
    { name: 'Fondation Sahel', type: 'Fondation' },
    { name: 'Fondation Niger', type: 'Fondation' },
    { name: 'Mairie de Ségou', type: 'Collectivité territoriale' },
  ]);
  return store;
}

it('counts the partners by type', () => {
  const carto = getCartography(workbook());
  expect(carto.types).toEqual(expect.arrayContaining(['Fondation', 'Collectivité territoriale']));
  const count = (type: string) => Object.values(carto.byTypeCategory[type]).reduce((n, c) => n + c.count, 0);
  expect([count('Fondation'), count('Collectivité territoriale')]).toEqual([2, 1]);
});

it('rewrites the « Cartographie » sheet dated today, with its one chart of partners per type', () => {
  const store = workbook();
  expect(refreshCartographySheet(store)).toEqual(getCartography(store));
  const sheet = store.ownedSheet(CARTOGRAPHY_SHEET)!;
  expect(sheet.values.flat().join(' ')).toContain('Cartographie des partenaires au 12 mars 2026');
  expect(sheet.chart).toMatchObject({ title: 'Partenaires par type', ranges: [{ column: 1 }, {}] });
  const [labels] = sheet.chart!.ranges;
  expect(labels.rows).toBe(PARTNER_TYPES.length + 1); // the header, then every type
});
