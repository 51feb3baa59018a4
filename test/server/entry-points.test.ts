/** The built Code.js driven as Sheets would: menu, set-up, roles, locks, the sidebar's API. */
import { _uiState } from '../../src/dev/emulator/ui';
import { _runSimpleTrigger, _sessionState } from '../../src/dev/emulator/script';
import { partner, seededPerFile, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';
import { MAX_PAGE } from '../../src/domain/contracts/paging';

/** Partners entered out of alphabetical order (the list sorts them), accents included. */
const PARTNERS = [
  partner({ name: 'Union des scouts de Mopti', acronym: 'USM', region: 'Mopti' }),
  partner({ name: 'Conseil national de la jeunesse', acronym: 'CNJ', type: 'OSC', region: 'Bamako' }),
  partner({ name: 'École des jeunes leaders', acronym: 'EJL', region: 'Ségou' }),
  partner({ name: 'Association des femmes de Kayes', acronym: 'AFK', region: 'Kayes' }),
];

let wb: PartnersWorkbook;
/** Seeded once for the file; every test starts from this state, restored (seededPerFile). */
seededPerFile(() => {
  wb = workbookWithPartners(PARTNERS);
  return wb;
});

const sheetNames = () =>
  wb.world.run(() =>
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .map((s) => s.getName()),
  );

describe('Initialiser le classeur', () => {
  it('created every Pacte sheet with French headers and a frozen header row', () => {
    expect(sheetNames()).toEqual(
      expect.arrayContaining([
        'Partenaires',
        'Contacts',
        'Opportunités',
        'Interactions',
        'Analyses',
        'Conventions',
        'Engagements',
        'Ressources',
        'Événements',
        'Veille',
        'Journal',
        'Paramètres',
      ]),
    );
    const partners = wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Partenaires')!);
    expect(wb.world.run(() => partners.getFrozenRows())).toBe(1);
    expect(wb.world.run(() => partners.getRange(1, 1, 1, 4).getValues()[0])).toEqual(['ID', 'Nom', 'Sigle', 'Type']);
  });

  it('installs one hourly dispatcher and one form-submit trigger, even when run again', () => {
    wb.call('initialiseWorkbook', [], { user: USERS.admin });
    const triggers = wb.world.run(() =>
      ScriptApp.getProjectTriggers()
        .map((t) => `${t.getHandlerFunction()}:${String(t.getEventType())}`)
        .sort(),
    );
    expect(triggers).toEqual(['onSurveySubmit:ON_FORM_SUBMIT', 'runScheduledJobs:CLOCK']);
  });

  it('offers the allowed values of enum columns as a dropdown', () => {
    const rule = wb.world.run(() => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Partenaires')!;
      return sheet.getRange(2, 4).getDataValidation()!.getCriteriaValues()[0];
    });
    expect(rule).toEqual(expect.arrayContaining(['OSC', 'ONG nationale', 'Collectivité territoriale', 'PTF / bailleur']));
  });

  it('changes nothing when run twice, and keeps existing data', () => {
    const before = wb.world.run(() =>
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()
        .map((s) => s.getDataRange().getValues()),
    );
    const report = wb.call('initialiseWorkbook', [], { user: USERS.admin });
    expect(report).toEqual({ createdSheets: [], addedColumns: [] });
    expect(_uiState(wb.world).alerts.at(-1)!.prompt).toBe('Le classeur est déjà prêt : rien à ajouter.');
    const after = wb.world.run(() =>
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()
        .map((s) => s.getDataRange().getValues()),
    );
    expect(after).toEqual(before);
  });

  it('restores a deleted Pacte column at the end, leaving the others where the user put them', () => {
    wb.world.run(() => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Contacts')!;
      sheet.deleteColumn(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].indexOf('Fonction') + 1);
    });
    const report = wb.call('initialiseWorkbook', [], { user: USERS.admin });
    expect(report.addedColumns).toEqual(['Contacts › Fonction']);
  });

  it('may be re-run by an admin only', () => {
    expect(() => wb.call('initialiseWorkbook', [], { user: USERS.officer })).toThrow(
      'Accès refusé : cette action est réservée aux rôles admin (votre rôle : chargé).',
    );
  });
});

describe('menu', () => {
  it('builds the add-on menu in AuthMode.NONE (add-on not yet enabled in the document) without touching the document', () => {
    // https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle — onOpen: "AuthMode.NONE (unless enabled, then AuthMode.LIMITED)"
    wb.world.log.reset();
    _runSimpleTrigger(wb.world, 'onOpen', {}, { user: USERS.officer, enabled: false });
    const menu = _uiState(wb.world).menus.at(-1)!;
    expect(menu.items.filter((i) => i.kind === 'item').map((i) => (i as { caption: string }).caption)).toEqual([
      'Ouvrir Pacte',
      'Importer des partenaires',
      'Tableau des engagements',
      'Initialiser le classeur',
      'Configuration',
      'Diagnostic',
      'Aide',
    ]);
    expect(wb.world.log.total('Spreadsheet.', 'Sheet.', 'Range.')).toBe(0);
  });

  it('opens the sidebar on the import view from « Importer des partenaires »', () => {
    wb.call('showImport', [], { user: USERS.officer });
    expect(_uiState(wb.world).sidebars.at(-1)!.content).toMatch(/<body data-initial-view="import"[ >]/);
  });

  it('« Configuration » takes an admin to the Paramètres sheet and refuses others', () => {
    wb.call('openSettings', [], { user: USERS.admin });
    expect(wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getName())).toBe('Paramètres');
    expect(() => wb.call('openSettings', [], { user: USERS.officer })).toThrow('réservée aux rôles admin');
  });

  it('« Aide » shows the French guide in a dialog', () => {
    wb.call('showHelp', [], { user: USERS.reader });
    const dialog = _uiState(wb.world).dialogs.at(-1)!;
    expect(dialog.title).toBe('Aide de Pacte');
    expect(dialog.content).toContain('Initialiser le classeur');
  });

  it('opens the real sidebar, titled Pacte', () => {
    wb.call('showSidebar', [], { user: USERS.officer });
    const sidebar = _uiState(wb.world).sidebars.at(-1)!;
    expect(sidebar.title).toBe('Pacte');
    expect(sidebar.content).toContain('Rechercher');
  });
});

describe('searchPartners (sidebar API)', () => {
  it('returns the partners sorted by name, as plain JSON', () => {
    const page = wb.call('searchPartners', [{ limit: MAX_PAGE }], { user: USERS.reader });
    expect(page).toMatchObject({ total: PARTNERS.length, all: PARTNERS.length, offset: 0 });
    const names = page.items.map((p) => p.name);
    expect(names).toHaveLength(PARTNERS.length);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base' })));
    expect(page.items.find((p) => p.acronym === 'CNJ')).toMatchObject({ id: expect.stringMatching(/^PAR-\d{4}$/), type: 'OSC', region: 'Bamako' });
    expect(JSON.parse(JSON.stringify(page))).toEqual(page);
  });

  it('refuses a user without a role, and an anonymous user, in French', () => {
    expect(() => wb.call('searchPartners', [], { user: 'inconnu@gmail.com' })).toThrow("Accès refusé : inconnu@gmail.com n'a pas de rôle dans Pacte.");
    expect(() => wb.call('searchPartners', [], { user: '' })).toThrow('Pacte ne peut pas identifier votre compte Google');
  });

  it('costs a constant number of Sheets calls: the roles come from the cache after the first call', () => {
    wb.call('searchPartners', [], { user: USERS.officer });
    wb.world.log.reset();
    wb.call('searchPartners', [], { user: USERS.officer });
    expect(wb.world.log.sheetsCalls()).toBe(3); // getActiveSpreadsheet, getSheetByName, getSheetValues
    expect(wb.world.log.count('Sheet.getSheetValues')).toBe(1);
  });

  it('sees a role given on the Rôles screen at once, with no cache to wait for', () => {
    wb.call('searchPartners', [], { user: USERS.officer });
    const newcomer = 'stagiaire@ajcad-mali.org';
    wb.call('setRole', [newcomer, 'lecteur'], { user: USERS.admin });
    expect(wb.call('searchPartners', [], { user: newcomer }).total).toBe(PARTNERS.length);
  });

  it('cannot identify a user from outside the Workspace domain (blank email) and says so in French', () => {
    // https://developers.google.com/apps-script/reference/base/session#getActiveUser()
    _sessionState(wb.world).identityDomain = 'ajcad-mali.org';
    expect(() => wb.call('searchPartners', [], { user: 'partenaire@gmail.com' })).toThrow('Pacte ne peut pas identifier votre compte Google');
    expect(wb.call('searchPartners', [], { user: USERS.reader }).total).toBe(PARTNERS.length);
  });
});

describe('concurrent users', () => {
  it('makes a writer wait for the document lock and explains in French when it cannot get it', () => {
    const other = wb.world.begin({ user: USERS.otherOfficer });
    expect(LockService.getDocumentLock()!.tryLock(1000)).toBe(true);
    const mine = wb.world.begin({ user: USERS.admin });
    expect(() => (wb.context.initialiseWorkbook as () => unknown)()).toThrow(
      "Un autre utilisateur enregistre des modifications en ce moment. Réessayez dans quelques secondes : rien n'a été perdu.",
    );
    wb.world.end(mine);
    wb.world.end(other); // releases the lock
    expect(() => wb.call('initialiseWorkbook', [], { user: USERS.admin })).not.toThrow();
  });
});
