/**
 * Archiving through the built Code.js: an archived partner, contact, opportunity or interaction
 * leaves every view and count but stays in its sheet; restored, it is back. A partner takes its
 * contacts with it, and brings them back.
 */
import { partner, seededPerFile, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';

const { officer: AWA, reader: LECTEUR } = USERS;
let wb: PartnersWorkbook;
let opportunityId: string;
let interactionId: string;
seededPerFile(() => {
  wb = workbookWithPartners([
    partner({ name: 'Conseil national de la jeunesse', acronym: 'CNJ', owner: AWA, nextAction: 'Relancer', nextDue: '2026-03-13' }),
    partner({ name: 'Orange Mali', acronym: 'OM', type: 'Secteur privé', owner: AWA }),
  ]);
  const [cnj] = wb.partnerIds;
  wb.call('savePartner', [{ id: cnj }, [{ name: 'Fatoumata Diarra', email: 'f.diarra@cnj.ml', primary: true }]], { user: AWA });
  opportunityId = wb.call('saveOpportunity', [{ partnerId: cnj, title: 'Forum', stage: 'Contact', nextAction: 'Appeler', nextDue: '2026-03-14' }], {
    user: AWA,
  }).id;
  interactionId = wb.call('logInteraction', [{ partnerId: cnj, date: '2026-03-05', type: 'Appel', summary: 'Premier appel' }], { user: AWA }).id;
  return wb;
});

const as = (user: string) => ({ user });
const partnersListed = () => wb.call('searchPartners', [{}], as(LECTEUR)).items.map((p) => p.acronym);
const boardCount = () => wb.call('getBoard', [{}], as(LECTEUR)).columns.reduce((n, c) => n + c.count, 0);
const weekTitles = () => wb.call('getMyWeek', [], as(AWA)).items.map((i) => i.title);
const cartographyCount = () => Object.values(wb.call('getCartography', [], as(LECTEUR)).byQuadrant).reduce((n, c) => n + c.count, 0);
const sheetRows = (name: string) => wb.world.inspect(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!.getLastRow(), USERS.admin);

it('an archived partner leaves the list, the week, the cartography and the contacts search, with its contacts; restored, all are back', () => {
  const [cnj] = wb.partnerIds;
  const before = { partners: partnersListed(), week: weekTitles(), cartography: cartographyCount(), rows: sheetRows('Partenaires') };
  expect(before.week).toContain('Relancer');
  expect(wb.call('searchPartners', [{ query: 'diarra' }], as(LECTEUR)).total).toBe(1);

  wb.call('archiveRecord', ['Partenaires', cnj], as(AWA));
  expect(partnersListed()).toEqual(['OM']);
  expect(weekTitles()).not.toContain('Relancer');
  expect(cartographyCount()).toBe(before.cartography - 1);
  expect(wb.call('searchPartners', [{ query: 'diarra' }], as(LECTEUR)).total).toBe(0);
  expect(sheetRows('Partenaires')).toBe(before.rows); // still in the sheet
  expect(wb.call('listArchived', ['Partenaires'], as(LECTEUR))).toEqual({
    items: [{ id: cnj, archivedAt: '2026-03-12T09:00:00', summary: expect.stringContaining('Nom : Conseil national de la jeunesse') }],
    total: 1,
    offset: 0,
  });
  expect(wb.call('listArchived', ['Contacts'], as(LECTEUR)).items.map((c) => c.summary)).toEqual([expect.stringContaining('Fatoumata Diarra')]);

  wb.call('restoreRecord', ['Partenaires', cnj], as(AWA));
  expect(partnersListed()).toEqual(before.partners);
  expect(weekTitles()).toEqual(before.week);
  expect(cartographyCount()).toBe(before.cartography);
  expect(wb.call('searchPartners', [{ query: 'diarra' }], as(LECTEUR)).total).toBe(1);
  expect(wb.call('listArchived', ['Contacts'], as(LECTEUR))).toEqual({ items: [], total: 0, offset: 0 });
});

it('an archived opportunity leaves the board and the week; an archived interaction leaves the partner page; both journaled', () => {
  const [cnj] = wb.partnerIds;
  const board = boardCount();
  wb.call('archiveRecord', ['Opportunités', opportunityId], as(AWA));
  wb.call('archiveRecord', ['Interactions', interactionId], as(AWA));
  expect(boardCount()).toBe(board - 1);
  expect(weekTitles()).not.toContain('Appeler — Forum');
  expect(wb.call('getPartner', [cnj], as(LECTEUR))).toMatchObject({ opportunities: [], interactions: [] });
  const journal = wb.world.inspect(
    () =>
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheetByName('Journal')!
        .getDataRange()
        .getValues()
        .filter((r) => r.includes('archivage'))
        .map((r) => r.filter((c) => [opportunityId, interactionId, AWA].includes(String(c))).join(' ')),
    USERS.admin,
  );
  expect(journal).toEqual([`${AWA} ${opportunityId}`, `${AWA} ${interactionId}`]);
  wb.call('restoreRecord', ['Opportunités', opportunityId], as(AWA));
  expect(boardCount()).toBe(board);
});

it('refuses a reader, a second archiving, restoring what is not archived, and a sheet without archives, in French', () => {
  const [cnj] = wb.partnerIds;
  expect(() => wb.call('archiveRecord', ['Partenaires', cnj], as(LECTEUR))).toThrow(/^Accès refusé/);
  wb.call('archiveRecord', ['Partenaires', cnj], as(AWA));
  expect(() => wb.call('archiveRecord', ['Partenaires', cnj], as(AWA))).toThrow(`Partenaires : ${cnj} est déjà archivé (le 2026-03-12T09:00:00).`);
  expect(() => wb.call('restoreRecord', ['Contacts', 'CON-0999'], as(AWA))).toThrow('CON-0999');
  expect(() => wb.call('restoreRecord', ['Partenaires', wb.partnerIds[1]], as(AWA))).toThrow(`Partenaires : ${wb.partnerIds[1]} n'est pas archivé.`);
  expect(() => wb.call('listArchived', ['Journal' as never], as(LECTEUR))).toThrow(/la feuille/);
});
