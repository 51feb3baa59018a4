/**
 * The partners search through the built Code.js: its contacts index in the document cache is
 * dropped when Contacts change, through Pacte or by hand (onEdit), so a search never misses them.
 */
import { _runSimpleTrigger } from '../../src/dev/emulator/script';
import { seededPerFile, somePartners, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';

const seeded = seededPerFile(() => workbookWithPartners(somePartners(20)));
let wb: PartnersWorkbook;
beforeEach(() => {
  wb = seeded();
});
const search = (query: string) => wb.call('searchPartners', [{ query }], { user: USERS.reader });
const sheetsCalls = (fn: () => unknown) => {
  wb.world.log.reset();
  fn();
  return wb.world.log.sheetsCalls();
};

it('reads Contacts once, then searches its cached index, and finds a contact saved since', () => {
  search('personne'); // settings and index cached
  expect(sheetsCalls(() => search('personne'))).toBe(3);
  const { id } = wb.call(
    'savePartner',
    [{ name: 'Radio Kledu', type: 'Média', category: 'Opérationnel', region: 'Bamako' }, [{ name: 'Mariam Sangaré', email: 'm.sangare@kledu.ml' }]],
    { user: USERS.officer },
  );
  expect(search('SANGARE').items).toEqual([expect.objectContaining({ id, name: 'Radio Kledu', matchedContacts: ['Mariam Sangaré'] })]);
});

it('finds a contact typed by hand in the sheet once onEdit has fired', () => {
  search('personne');
  const range = wb.world.run(
    () => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Contacts')!;
      const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
      const row = headers.map((h) => (h === 'ID partenaire' ? wb.partnerIds[3] : h === 'Nom' ? 'Boubacar Traoré' : ''));
      const r = sheet.getRange(sheet.getLastRow() + 1, 1, 1, row.length);
      r.setValues([row]);
      return r;
    },
    { user: USERS.officer },
  );
  _runSimpleTrigger(wb.world, 'onEdit', { range, source: range.getSheet().getParent() }, { user: USERS.officer });
  expect(search('boubacar').items.map((p) => p.id)).toEqual([wb.partnerIds[3]]);
});
