/** Record IDs, change tracking, settings and roles. */
import { allocateIds, formatId, highestIdNumber } from '../../src/domain/records/ids';
import { diffRecords } from '../../src/domain/records/diff';
import { defaultSettingsRows, parseSettings } from '../../src/domain/settings/settings';
import { requireRole, EDITORS, READERS } from '../../src/domain/settings/access';
import { sheetRoles } from '../../src/domain/settings/roles';

describe('record IDs', () => {
  it('pads to four digits and grows past 9999', () => {
    expect(formatId('PAR', 7)).toBe('PAR-0007');
    expect(formatId('PAR', 12345)).toBe('PAR-12345');
  });

  it('never reuses an ID: continues after both the sheet and the saved counter', () => {
    expect(highestIdNumber('PAR', ['PAR-0003', 'OPP-0010', 'PAR-0009', 'x', 5])).toBe(9);
    expect(allocateIds('PAR', ['PAR-0003'], 8, 2)).toEqual({ ids: ['PAR-0009', 'PAR-0010'], counter: 10 });
    expect(allocateIds('PAR', ['PAR-0011'], 8, 1)).toEqual({ ids: ['PAR-0012'], counter: 12 });
  });
});

describe('diffRecords', () => {
  it('lists only fields whose value changed, treating empty and missing alike', () => {
    expect(diffRecords({ name: 'A', region: '', stage: 'Analyse' }, { name: 'A', region: null, stage: 'Approbation' })).toEqual([
      { field: 'stage', before: 'Analyse', after: 'Approbation' },
    ]);
  });
});

describe('settings and roles', () => {
  const rows = [
    ...defaultSettingsRows('AJCAD Mali'),
    { section: 'Rôles', key: 'Awa@AJCAD-mali.org', value: 'Chargé' },
    { section: 'Rôles', key: 'x@y.org', value: 'président' },
  ];

  it('never takes a role from the Paramètres rows: those are only read once, by the migration', () => {
    expect(parseSettings(rows).roles).toEqual({});
    expect(parseSettings(rows).strategicAxes).toHaveLength(6);
    expect(parseSettings(rows).organisation).toBe('AJCAD Mali');
    expect(sheetRoles(rows)).toEqual({ 'awa@ajcad-mali.org': 'chargé' });
  });

  it('lets a role act only where allowed, and refuses an anonymous user', () => {
    const roles = sheetRoles(rows);
    expect(requireRole(roles, 'awa@ajcad-mali.org', EDITORS)).toBe('chargé');
    expect(() => requireRole(roles, 'inconnu@gmail.com', READERS)).toThrow("Accès refusé : inconnu@gmail.com n'a pas de rôle dans Pacte.");
    expect(() => requireRole(roles, '', READERS)).toThrow('Pacte ne peut pas identifier votre compte Google');
    expect(() => requireRole({ 'l@o.org': 'lecteur' }, 'l@o.org', EDITORS)).toThrow('réservée aux rôles admin, chargé (votre rôle : lecteur)');
  });
});
