/**
 * The sheets that name a partner carry its name beside the ID (« Partenaire »): written with each
 * new row, kept in sync when the partner is renamed (one write per sheet), and added and filled by
 * « Initialiser » in a workbook made before the column existed.
 */
import { byHeader, values } from '../support/demo-sheets';
import { partner, seededPerFile, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';
import { draftConvention } from './approval-fixture';

let wb: PartnersWorkbook;
let id: string;
let conventionId: string;
const SHEETS = ['Contacts', 'Interactions', 'Conventions', 'Engagements', 'Validations', 'Opportunités'];
const rowsOf = (sheet: string) => byHeader(values(wb, sheet));
const namesIn = (sheet: string) => [...new Set(rowsOf(sheet).map((r) => r.Partenaire))];
const header = (sheet: string) => values(wb, sheet)[0] as string[];

seededPerFile(() => {
  wb = workbookWithPartners([partner({ name: 'Association des jeunes de Kati', acronym: 'AJK', type: 'OSC' })]);
  [id] = wb.partnerIds;
  const awa = { user: USERS.officer };
  wb.call('savePartner', [{ id }, [{ name: 'Moussa Coulibaly', email: 'moussa@ajk.ml', primary: true }]], awa);
  wb.call('savePartner', [{ id }, [{ name: 'Awa Sangaré', email: 'awa@ajk.ml' }]], awa);
  wb.call('logInteraction', [{ partnerId: id, date: '2026-03-10', type: 'Rendez-vous', summary: 'Premier échange.' }], awa);
  wb.call('logInteraction', [{ partnerId: id, date: '2026-03-11', type: 'Appel', summary: 'Relance.' }], awa);
  wb.call('saveOpportunity', [{ partnerId: id, title: 'Appui civique', stage: 'Contact' }], awa);
  conventionId = draftConvention(wb, 5_000_000, {});
  wb.call('submitForValidation', [conventionId], awa);
  return wb;
});

it('every new row names its partner beside the ID (Engagements and Validations through their convention)', () => {
  for (const sheet of ['Contacts', 'Interactions', 'Conventions', 'Opportunités']) {
    const h = header(sheet);
    expect([sheet, h[h.indexOf('ID partenaire') + 1]]).toEqual([sheet, 'Partenaire']);
  }
  for (const sheet of ['Engagements', 'Validations']) expect(header(sheet)[header(sheet).indexOf('ID convention') + 1]).toBe('Partenaire');
  for (const sheet of ['Contacts', 'Interactions', 'Conventions', 'Validations', 'Opportunités'])
    expect([sheet, namesIn(sheet)]).toEqual([sheet, ['Association des jeunes de Kati']]);
});

it('a renamed partner is renamed in every sheet naming it, in one write per sheet', () => {
  const writes = () => wb.world.log.count('Range.setValues') + wb.world.log.count('Range.setValue');
  wb.world.log.reset();
  wb.call('savePartner', [{ id, acronym: 'AJCK' }, []], { user: USERS.officer });
  const otherEdit = writes();
  wb.world.log.reset();
  wb.call('savePartner', [{ id, name: 'Association des jeunes citoyens de Kati' }, []], { user: USERS.officer });
  const rename = writes();
  for (const sheet of SHEETS.filter((s) => s !== 'Engagements')) expect([sheet, namesIn(sheet)]).toEqual([sheet, ['Association des jeunes citoyens de Kati']]);
  // Five sheets name the partner, two of them on several rows: at most one write more per sheet than an edit that keeps the name.
  expect(rename - otherEdit).toBeLessThanOrEqual(5);
});

/** The workbook as a version of Pacte before the « Partenaire » columns left it. */
function removeNameColumns(): void {
  wb.world.run(() => {
    for (const name of SHEETS) {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!;
      const col = (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[]).indexOf('Partenaire') + 1;
      sheet.deleteColumn(col);
    }
  });
}

it('a workbook made before the column works as before until « Initialiser » adds it', () => {
  removeNameColumns();
  const awa = { user: USERS.officer };
  wb.call('savePartner', [{ id, name: 'Association des jeunes citoyens de Kati' }, [{ name: 'Fanta Diarra', email: 'fanta@ajk.ml' }]], awa);
  wb.call('logInteraction', [{ partnerId: id, date: '2026-03-12', type: 'Appel', summary: 'Suivi.' }], awa);
  const page = wb.call('getPartner', [id], awa);
  expect(page.contacts.map((c) => c.name)).toContain('Fanta Diarra');
  expect(page.interactions.map((i) => i.summary)).toContain('Suivi.');
  for (const sheet of SHEETS) expect([sheet, header(sheet)]).not.toContainEqual([sheet, expect.arrayContaining(['Partenaire'])]);
});

it('« Initialiser » adds the column to a workbook made without it, and fills it', () => {
  removeNameColumns();
  expect(header('Contacts')).not.toContain('Partenaire');
  wb.call('initialiseWorkbook', [], { user: USERS.admin });
  expect(header('Contacts')).toContain('Partenaire');
  expect(namesIn('Contacts')).toEqual(['Association des jeunes de Kati']);
});
