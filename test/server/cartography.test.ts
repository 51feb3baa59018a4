/** Cartography through the built bundle: counts from Partenaires, the « Cartographie » sheet and its single chart. */
import { partner, seededPerFile, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';

const { admin, officer, reader } = USERS;

/** Partners spread over types, categories and power / interest quadrants (one left unclassified). */
const MAPPED = [
  partner({
    name: 'Délégation de l’Union européenne au Mali',
    acronym: 'DUE',
    type: 'PTF / bailleur',
    category: 'Financier',
    power: 'Élevé',
    interest: 'Élevé',
  }),
  partner({ name: 'Agence française de développement', acronym: 'AFD', type: 'PTF / bailleur', category: 'Financier', power: 'Élevé', interest: 'Moyen' }),
  partner({ name: 'Agence belge de développement', acronym: 'Enabel', type: 'PTF / bailleur', category: 'Technique', power: 'Élevé', interest: 'Faible' }),
  partner({ name: 'International Alert', acronym: 'Alert', type: 'ONG internationale', category: 'Technique', power: 'Moyen', interest: 'Élevé' }),
  partner({ name: 'Conseil national de la jeunesse du Mali', acronym: 'CNJ', type: 'OSC', category: 'Institutionnel', power: 'Élevé', interest: 'Élevé' }),
  partner({ name: 'Radio Klédu', acronym: '', type: 'Média', category: 'Opérationnel', power: 'Moyen', interest: 'Moyen' }),
  partner({ name: 'Ecobank Mali', acronym: '', type: 'Secteur privé', category: 'Financier', power: 'Moyen', interest: 'Faible' }),
  partner({ name: 'Mairie de Ségou', acronym: '', type: 'Collectivité territoriale', category: 'Institutionnel', power: '', interest: '' }),
];

let wb: PartnersWorkbook;
/** Seeded once for the file; every test starts from this state, restored (seededPerFile). */
seededPerFile(() => {
  wb = workbookWithPartners(MAPPED);
  return wb;
});

const sheet = () => wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Cartographie'));
const sheetValues = () => wb.world.run(() => sheet()!.getDataRange().getValues());
const charts = () =>
  wb.world.run(() =>
    sheet()!
      .getCharts()
      .map((c) => ({ id: c.getChartId(), ranges: c.getRanges().map((r) => r.getA1Notation()), title: c.getOptions().get('title') })),
  );
const countBy = (pred: (p: Record<string, unknown>) => boolean) => MAPPED.filter(pred).length;

describe('getCartography', () => {
  it('counts and names partners by type × category and by quadrant, in one read', () => {
    wb.call('getSession', [], { user: reader }); // settings cached
    wb.world.log.reset();
    const c = wb.call('getCartography', [], { user: reader });
    expect(wb.world.log.count('Sheet.getSheetValues')).toBe(1);
    expect(wb.world.log.total('Range.set', 'Sheet.insert')).toBe(0);
    expect(c.types).toContain('PTF / bailleur');
    expect(c.byTypeCategory['PTF / bailleur']['Financier'].count).toBe(countBy((p) => p.type === 'PTF / bailleur' && p.category === 'Financier'));
    expect(c.byTypeCategory['PTF / bailleur']['Financier'].partners).toContain('Agence française de développement');
    const total = c.types.reduce((s, t) => s + c.categories.reduce((u, k) => u + c.byTypeCategory[t][k].count, 0), 0);
    expect(total).toBe(MAPPED.length);
    expect(c.byQuadrant['Gérer étroitement'].count).toBe(countBy((p) => p.power === 'Élevé' && p.interest !== 'Faible'));
    expect(c.byQuadrant['Surveiller'].partners).toContain('Ecobank Mali');
    expect(Object.values(c.byQuadrant).reduce((s, q) => s + q.count, 0) + c.unclassified).toBe(MAPPED.length);
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });
});

describe('refreshCartographySheet', () => {
  it('is not created by « Initialiser le classeur », only by the refresh', () => {
    expect(sheet()).toBeNull();
    wb.call('initialiseWorkbook', [], { user: admin });
    expect(sheet()).toBeNull();
  });

  it('writes the tables in one block and inserts one column chart of partners per type', () => {
    wb.call('getSession', [], { user: officer });
    wb.world.log.reset();
    const c = wb.call('refreshCartographySheet', [], { user: officer });
    expect(wb.world.log.count('Range.setValues')).toBe(1);
    expect(wb.world.log.count('Sheet.getSheetValues')).toBe(1);
    const v = sheetValues();
    expect(v[0][0]).toBe('Cartographie des partenaires au 12 mars 2026');
    const header = v.findIndex((r) => r[0] === 'Type \\ Catégorie');
    expect(v[header]).toEqual(['Type \\ Catégorie', ...c.categories, 'Total']);
    const ptf = v.find((r) => r[0] === 'PTF / bailleur')!;
    expect(ptf.at(-1)).toBe(countBy((p) => p.type === 'PTF / bailleur'));
    const totalRow = v.find((r) => r[0] === 'Total')!;
    expect(totalRow.at(-1)).toBe(MAPPED.length);
    const quadrant = v.find((r) => r[0] === 'Gérer étroitement')!;
    expect(quadrant[1]).toBe(c.byQuadrant['Gérer étroitement'].count);
    expect(String(quadrant[3])).toContain('Délégation de l’Union européenne au Mali');
    const last = header + 1 + c.types.length; // 1-based row of the last type
    const totalCol = String.fromCharCode(64 + c.categories.length + 2);
    expect(charts()).toEqual([
      { id: expect.any(Number), ranges: [`A${header + 1}:A${last}`, `${totalCol}${header + 1}:${totalCol}${last}`], title: 'Partenaires par type' },
    ]);
  });

  it('rewrites the sheet and updates the same chart on each refresh, never piling up charts', () => {
    wb.call('refreshCartographySheet', [], { user: officer });
    const [first] = charts();
    // A partner of a type typed by hand adds a row: the chart's range follows.
    wb.world.run(() => {
      const s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Partenaires')!;
      const headers = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0];
      const row = headers.map((h) => ({ ID: 'PAR-0999', Nom: 'Coopérative de Mopti', Type: 'Coopérative' })[String(h)] ?? '');
      const target = s.getRange(s.getLastRow() + 1, 1, 1, row.length);
      target.clearDataValidations(); // as a paste from another file would
      target.setValues([row]);
    });
    const c = wb.call('refreshCartographySheet', [], { user: officer });
    expect(c.types.at(-1)).toBe('Coopérative');
    const after = charts();
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(first.id);
    expect(after[0].ranges[0]).not.toBe(first.ranges[0]);
    const v = sheetValues();
    expect(v.filter((r) => r[0] === 'Cartographie des partenaires au 12 mars 2026')).toHaveLength(1);
    expect(v.find((r) => r[0] === 'Total')!.at(-1)).toBe(MAPPED.length + 1);
  });

  it('is for editors; readers may only read the map', () => {
    expect(() => wb.call('refreshCartographySheet', [], { user: reader })).toThrow(
      'Accès refusé : cette action est réservée aux rôles admin, chargé (votre rôle : lecteur).',
    );
    expect(sheet()).toBeNull();
  });
});
