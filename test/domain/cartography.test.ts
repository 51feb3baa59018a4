/** Partner map: counts and names by type × category and by Mendelow quadrant; the sheet layout. */
import { buildCartography, cartographyLayout, NO_CATEGORY } from '../../src/domain/cartography/cartography';
import type { DataRecord } from '../../src/domain/schema/field';

const partners: DataRecord[] = [
  { id: 'PAR-0001', name: 'PNUD', type: 'PTF / bailleur', category: 'Stratégique', power: 'Élevé', interest: 'Élevé' },
  { id: 'PAR-0002', name: 'AFD', type: 'PTF / bailleur', category: 'Financier', power: 'Élevé', interest: 'Faible' },
  { id: 'PAR-0003', name: 'Oxfam', type: 'ONG internationale', category: 'Opérationnel', power: 'Moyen', interest: 'Élevé' },
  { id: 'PAR-0004', name: 'Radio Klédu', type: 'Média', category: '', power: 'Faible', interest: 'Faible' },
  { id: 'PAR-0005', name: 'Ambassade', type: 'PTF / bailleur', category: 'Stratégique', power: '', interest: 'Élevé' },
  { id: 'PAR-0006', name: 'Association inconnue', type: 'Coopérative', category: 'Technique', power: '', interest: '', quadrant: 'Informer' },
];

describe('buildCartography', () => {
  const c = buildCartography(partners);

  it('counts and names partners by type × category, vocabulary first then hand-typed values and « Sans catégorie »', () => {
    expect(c.types.slice(0, 2)).toEqual(['OSC', 'ONG nationale']);
    expect(c.types.at(-1)).toBe('Coopérative');
    expect(c.categories).toEqual(['Stratégique', 'Opérationnel', 'Institutionnel', 'Financier', 'Technique', NO_CATEGORY]);
    expect(c.byTypeCategory['PTF / bailleur']['Stratégique']).toEqual({ count: 2, partners: ['Ambassade', 'PNUD'] });
    expect(c.byTypeCategory['PTF / bailleur']['Financier']).toEqual({ count: 1, partners: ['AFD'] });
    expect(c.byTypeCategory['Média'][NO_CATEGORY]).toEqual({ count: 1, partners: ['Radio Klédu'] });
    expect(c.byTypeCategory['OSC']['Stratégique']).toEqual({ count: 0, partners: [] });
  });

  it('places partners in Mendelow quadrants from power and interest (stored quadrant as fallback), counting the unclassified', () => {
    expect(c.byQuadrant['Gérer étroitement']).toEqual({ count: 1, partners: ['PNUD'] });
    expect(c.byQuadrant['Satisfaire']).toEqual({ count: 1, partners: ['AFD'] });
    expect(c.byQuadrant['Informer']).toEqual({ count: 2, partners: ['Association inconnue', 'Oxfam'] });
    expect(c.byQuadrant['Surveiller']).toEqual({ count: 1, partners: ['Radio Klédu'] });
    expect(c.unclassified).toBe(1);
  });
});

describe('cartographyLayout', () => {
  const c = buildCartography(partners);
  const layout = cartographyLayout(c, '2026-03-12');

  it('is one rectangle: title, type × category table with totals, then the quadrant table', () => {
    const width = layout.values[0].length;
    expect(layout.values.every((r) => r.length === width)).toBe(true);
    expect(layout.values[0][0]).toBe('Cartographie des partenaires au 12 mars 2026');
    const { headerRow, firstRow, lastRow, totalColumn } = layout.typeTable;
    expect(layout.values[headerRow - 1]).toEqual(['Type \\ Catégorie', ...c.categories, 'Total']);
    expect(lastRow - firstRow + 1).toBe(c.types.length);
    const ptf = layout.values.find((r) => r[0] === 'PTF / bailleur')!;
    expect(ptf.slice(1, totalColumn)).toEqual([2, 0, 0, 1, 0, 0, 3]);
    const total = layout.values[lastRow];
    expect(total[0]).toBe('Total');
    expect(total[totalColumn - 1]).toBe(6);
    expect(layout.values.find((r) => r[0] === 'Informer')!.slice(0, 4)).toEqual([
      'Informer',
      2,
      'pouvoir faible ou moyen, intérêt moyen ou élevé',
      'Association inconnue, Oxfam',
    ]);
    expect(layout.values.find((r) => r[0] === 'Non classés')![1]).toBe(1);
    expect(layout.boldRows).toContain(headerRow);
  });
});
