/** The sidebar learns its user's role (to show only what it may do); a user without a role is told who gives one. */
import { seededPerFile, somePartners, USERS, workbookWithPartners } from '../support/workbooks';

const workbook = seededPerFile(() => workbookWithPartners(somePartners(1)));

it('tells each user their own role, reading no row of any sheet', () => {
  const wb = workbook();
  // The analysis is declared for readers, but the use case keeps it to editors and Paramètres › Approbation's roles (by default DG, admin).
  expect(wb.call('getSession', [], { user: USERS.finance })).toEqual({ email: USERS.finance, role: 'DAF', withheld: ['saveAnalysis'] });
  expect(wb.call('getSession', [], { user: USERS.officer }).withheld).toEqual([]);
  expect(wb.call('getSession', [], { user: USERS.reader.toUpperCase() })).toEqual({ email: USERS.reader, role: 'lecteur', withheld: ['saveAnalysis'] });
  wb.world.log.reset();
  expect(wb.call('getSession', [], { user: USERS.admin }).role).toBe('admin');
  expect(wb.world.log.sheetsCalls()).toBe(1); // the active spreadsheet; roles and settings come from properties and the cache
});

it('refuses a user without a role with the message that says what to do', () => {
  expect(() => workbook().call('getSession', [], { user: 'inconnu@gmail.com' })).toThrow(
    "Accès refusé : inconnu@gmail.com n'a pas de rôle dans Pacte. Demandez à l'administrateur de Pacte de vous en attribuer un (Pacte → Rôles).",
  );
});
