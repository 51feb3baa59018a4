/**
 * Roles live outside any cell: an editor typing in Paramètres gains nothing, a renamed sheet never
 * hands the workbook to a stranger, a role change counts at the next call, and two installations
 * at once leave one hourly trigger.
 */
import { partner, seededPerFile, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';
import { loadScript, type LoadedScript } from '../../src/dev/load-script';
import { createGlobals } from '../../src/dev/emulator';
import { _runSimpleTrigger } from '../../src/dev/emulator/script';
import { _uiState } from '../../src/dev/emulator/ui';

const { admin, reader: lecteur, officer: chargee } = USERS;
const STRANGER = 'inconnu@gmail.com';
let wb: PartnersWorkbook;
/** Seeded once for the file; every test starts from this state, restored (seededPerFile). */
seededPerFile(() => {
  wb = workbookWithPartners([partner()]);
  return wb;
});

const newPartner = { name: 'Réseau des jeunes de Ségou', type: 'OSC' };
const roleRows = () =>
  wb.world.inspect(() =>
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName('Paramètres')!
      .getDataRange()
      .getValues()
      .filter((r) => r[0] === 'Rôles')
      .map((r) => `${String(r[1])}=${String(r[2])}`),
  );
const triggers = () =>
  wb.world.inspect(
    () =>
      ScriptApp.getProjectTriggers()
        .map((t) => t.getHandlerFunction())
        .sort(),
    admin,
  );

/** What a user does by hand in Sheets: types a row into Paramètres, and the onEdit simple trigger fires. */
function typeInParamètres(user: string, row: string[]): void {
  const range = wb.world.run(
    () => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Paramètres')!;
      const r = sheet.getRange(sheet.getLastRow() + 1, 1, 1, row.length);
      r.setValues([row]);
      return r;
    },
    { user },
  );
  _runSimpleTrigger(wb.world, 'onEdit', { range, source: range.getSheet().getParent() }, { user });
}

describe('a lecteur typing in Paramètres › Rôles', () => {
  it('gains nothing, is told the rows are a view, and the next change rewrites them', () => {
    typeInParamètres(lecteur, ['Rôles', lecteur, 'admin']);
    expect(_uiState(wb.world).toasts.at(-1)).toMatchObject({ message: expect.stringContaining('Lecture seule : les rôles se gèrent dans Pacte') });
    expect(() => wb.call('savePartner', [newPartner, []], { user: lecteur })).toThrow('réservée aux rôles admin, chargé (votre rôle : lecteur)');
    expect(() => wb.call('setRole', [lecteur, 'admin'], { user: lecteur })).toThrow('réservée aux rôles admin (votre rôle : lecteur)');
    expect(roleRows()).toContain(`${lecteur}=admin`);
    wb.call('setRole', ['dg@ajcad-mali.org', 'DG'], { user: admin });
    expect(roleRows()).not.toContain(`${lecteur}=admin`);
    expect(roleRows()).toContain(`${lecteur}=lecteur`);
  });
});

describe('Paramètres renamed by a lecteur', () => {
  it('a stranger running Initialiser or Diagnostic is refused; the admin keeps access and the repair keeps every role', () => {
    wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Paramètres')!.setName('Vieux réglages'), { user: lecteur });
    const before = triggers();
    expect(() => wb.call('initialiseWorkbook', [], { user: STRANGER })).toThrow(`Accès refusé : ${STRANGER} n'a pas de rôle dans Pacte.`);
    expect(() => wb.call('runDiagnostic', [], { user: STRANGER })).toThrow('Accès refusé');
    expect(wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Paramètres'))).toBeNull();
    expect(triggers()).toEqual(before);

    wb.call('initialiseWorkbook', [], { user: admin });
    expect(roleRows()).toEqual(expect.arrayContaining([`${admin}=admin`, `${lecteur}=lecteur`, `${chargee}=chargé`]));
    expect(wb.call('listRoles', [], { user: admin }).entries.map((e) => e.email)).toContain(lecteur);
    expect(() => wb.call('savePartner', [newPartner, []], { user: lecteur })).toThrow('votre rôle : lecteur');
  });
});

describe('a role change', () => {
  it('takes effect at the next call, without onEdit or the 10-minute cache', () => {
    expect(wb.call('searchPartners', [], { user: chargee }).total).toBe(1);
    wb.call('removeRole', [chargee], { user: admin });
    expect(() => wb.call('searchPartners', [], { user: chargee })).toThrow(`Accès refusé : ${chargee} n'a pas de rôle dans Pacte.`);
    wb.call('setRole', [chargee, 'lecteur'], { user: admin });
    expect(() => wb.call('savePartner', [newPartner, []], { user: chargee })).toThrow('votre rôle : lecteur');
    const journal = wb.world.inspect(() =>
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheetByName('Journal')!
        .getDataRange()
        .getValues()
        .filter((r) => r.includes(chargee) && r.includes('Rôle'))
        .map((r) => r.slice(4, 8).join(' | ')),
    );
    expect(journal.slice(-2)).toEqual(['rôle retiré | Rôle | chargé | ', 'rôle attribué | Rôle |  | lecteur']);
  });

  it('is safe to click twice: the same role given or removed again changes nothing and journals once', () => {
    const journalRoleRows = () =>
      wb.world.inspect(
        () =>
          SpreadsheetApp.getActiveSpreadsheet()
            .getSheetByName('Journal')!
            .getDataRange()
            .getValues()
            .filter((r) => r.includes(chargee) && r.includes('Rôle')).length,
      );
    const before = journalRoleRows();
    const first = wb.call('removeRole', [chargee], { user: admin });
    expect(wb.call('removeRole', [chargee], { user: admin })).toEqual(first);
    const given = wb.call('setRole', [chargee, 'lecteur'], { user: admin });
    expect(wb.call('setRole', [chargee, 'lecteur'], { user: admin })).toEqual(given);
    expect(journalRoleRows()).toBe(before + 2);
  });

  it('is validated, and never leaves Pacte without an admin', () => {
    expect(() => wb.callRaw('setRole', ['awa traore', 'chargé'], { user: admin })).toThrow(
      "Argument « l'adresse » : une adresse e-mail attendu, reçu « awa traore ».",
    );
    expect(() => wb.callRaw('setRole', ['x@ajcad-mali.org', 'président'], { user: admin })).toThrow(
      'Argument « le rôle » : une valeur parmi : admin, chargé, juridique, DAF, DG, SG, lecteur attendu, reçu « président ».',
    );
    expect(() => wb.call('removeRole', [admin], { user: admin })).toThrow(`${admin} est le dernier admin de Pacte`);
    expect(() => wb.call('setRole', [admin, 'lecteur'], { user: admin })).toThrow('dernier admin');
    wb.call('setRole', [chargee, 'admin'], { user: admin });
    wb.call('removeRole', [admin], { user: chargee });
    expect(() => wb.call('listRoles', [], { user: admin })).toThrow("n'a pas de rôle dans Pacte");
  });
});

describe('a workbook from before (roles only in Paramètres)', () => {
  const forgetTable = () =>
    wb.world.run(() => {
      PropertiesService.getDocumentProperties().deleteProperty('pacte.roles');
      PropertiesService.getDocumentProperties().deleteProperty('pacte.roles.origine');
    });

  it('is migrated once, at the first call; afterwards the sheet is never read again', () => {
    forgetTable();
    expect(wb.call('searchPartners', [], { user: lecteur }).total).toBe(1);
    expect(wb.call('listRoles', [], { user: admin }).entries).toHaveLength(6);
    typeInParamètres(lecteur, ['Rôles', STRANGER, 'admin']);
    expect(() => wb.call('searchPartners', [], { user: STRANGER })).toThrow('Accès refusé');
  });

  it('is not migrated again when the table was recorded once and then lost: no one gains a role from the sheet', () => {
    wb.world.run(() => PropertiesService.getDocumentProperties().deleteProperty('pacte.roles'));
    typeInParamètres(lecteur, ['Rôles', lecteur, 'admin']);
    expect(() => wb.call('searchPartners', [], { user: lecteur })).toThrow('Accès refusé');
    expect(() => wb.call('initialiseWorkbook', [], { user: lecteur })).toThrow('Accès refusé');
  });
});

/**
 * « Initialiser » run by the admin while a stranger runs it too: the stranger's run is switched in
 * when the admin's run reaches the first service call for which `switchAt` says yes. Returns what
 * the stranger's run returned or threw.
 */
function initialiseInterleaved(f: LoadedScript, switchAt: (serviceCall: string) => boolean): unknown {
  const init = f.context.initialiseWorkbook as () => unknown;
  const first = f.world.begin({ user: admin });
  const previous = f.world.log.guard;
  let second: unknown = null;
  let started = false;
  f.world.log.guard = (name) => {
    previous?.(name);
    if (started || !switchAt(name)) return;
    started = true;
    const other = f.world.begin({ user: STRANGER });
    try {
      second = init();
    } catch (e) {
      second = e;
    }
    f.world.end(other);
    f.world.enter(first);
  };
  try {
    init();
  } finally {
    f.world.log.guard = previous;
    f.world.end(first);
  }
  return second;
}

describe('a fresh workbook', () => {
  function fresh() {
    const loaded = loadScript({ owner: admin, now: new Date('2026-03-12T09:00:00Z') });
    Object.assign(globalThis, createGlobals(loaded.world));
    loaded.world.activeSpreadsheetId = loaded.world.inspect(() => SpreadsheetApp.create('Neuf').getId());
    return loaded;
  }

  it('makes its first identified caller admin; anyone else afterwards is refused', () => {
    const f = fresh();
    expect(() => f.call('initialiseWorkbook', [], { user: '' })).toThrow('Pacte ne peut pas identifier votre compte Google');
    f.call('initialiseWorkbook', [], { user: chargee });
    expect(f.call('listRoles', [], { user: chargee }).entries).toEqual([{ email: chargee, role: 'admin' }]);
    expect(() => f.call('initialiseWorkbook', [], { user: STRANGER })).toThrow('Accès refusé');
  });

  it('two installations at once (interleaved, a stranger second) leave one admin and one hourly trigger', () => {
    const f = fresh();
    // The second run starts while the first is creating its triggers.
    const second = initialiseInterleaved(f, (name) => name === 'ScriptApp.getProjectTriggers');
    // The first has already made its owner admin: the stranger is refused before any lock is taken.
    expect(String((second as Error).message)).toContain(`Accès refusé : ${STRANGER} n'a pas de rôle dans Pacte.`);
    expect(() => f.call('initialiseWorkbook', [], { user: STRANGER })).toThrow('Accès refusé'); // the stranger's retry
    f.call('initialiseWorkbook', [], { user: admin });
    expect(f.call('listRoles', [], { user: admin }).entries).toEqual([{ email: admin, role: 'admin' }]);
    const handlers = f.world.inspect(
      () =>
        ScriptApp.getProjectTriggers()
          .map((t) => t.getHandlerFunction())
          .sort(),
      admin,
    );
    expect(handlers).toEqual(['onSurveySubmit', 'runScheduledJobs']);
  });

  it('two first runs at once, both finding the workbook fresh: the one that waits for the lock is refused, one admin', () => {
    const f = fresh();
    // The second run starts once the first holds the lock of the set-up itself (its first lock is
    // the role check's, on a fresh workbook), before it has recorded any role.
    let locks = 0;
    const second = initialiseInterleaved(f, (name) => {
      if (locks >= 2) return true;
      if (name === 'Lock.tryLock') locks++;
      return false;
    });
    expect(String((second as Error).message)).toContain('Un autre utilisateur enregistre des modifications en ce moment');
    expect(f.call('listRoles', [], { user: admin }).entries).toEqual([{ email: admin, role: 'admin' }]);
  });
});
