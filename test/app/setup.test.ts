/** The menu, « Initialiser le classeur » and the Diagnostic as use cases, on the in-memory store and fake ports. */
import { MENU, buildMenu, openSettings, settingsEdited } from '../../src/app/menu';
import { initialiseWorkbook } from '../../src/app/setup';
import { runDiagnostic } from '../../src/app/diagnostic';
import type { DiagnosticProbes } from '../../src/app/ports/diagnostic';
import type { Triggers } from '../../src/app/ports/jobs';
import type { Ui } from '../../src/app/ports/ui';
import { EXPECTED_SCOPES } from '../../src/domain/diagnostic/expected';
import { DIAGNOSTIC_SHEET } from '../../src/domain/diagnostic/report';
import { MemoryStore } from '../../src/store/memory-store';

function fakeUi(sheets: string[] = []) {
  const seen: string[] = [];
  const ui: Ui = {
    addMenu: (entries) => void seen.push(`menu ${entries.map((e) => (e === 'séparateur' ? '—' : e.handler)).join(' ')}`),
    openSidebar: (view) => void seen.push(`sidebar ${view}`),
    showDialog: (_html, title) => void seen.push(`dialog ${title}`),
    alert: (title, message) => void seen.push(`alert ${title}: ${message}`),
    toast: (message, title) => void seen.push(`toast ${title}: ${message}`),
    showSheet: (name) => sheets.includes(name),
  };
  return { ui, seen };
}

describe('the menu', () => {
  it('lists every command of Pacte, « Initialiser » after a separator', () => {
    const { ui, seen } = fakeUi();
    buildMenu(ui);
    expect(seen).toEqual(['menu showSidebar showImport showCommitmentBoard — initialiseWorkbook openSettings runDiagnostic showHelp']);
    expect(MENU[0]).toEqual({ label: 'Ouvrir Pacte', handler: 'showSidebar' });
  });

  it('« Configuration » without a Paramètres sheet says to run Initialiser', () => {
    expect(() => openSettings(fakeUi().ui)).toThrow('La feuille « Paramètres » est introuvable. Lancez Pacte → Initialiser le classeur.');
    const { ui, seen } = fakeUi(['Paramètres']);
    openSettings(ui);
    expect(seen[0]).toMatch(/^toast Pacte — Configuration: Rôles, axes stratégiques/);
  });

  it('a hand edit of Paramètres drops the cached settings, one of a week sheet that sheet’s week extract; one in its Rôles rows is told it changes no role', () => {
    const { ui, seen } = fakeUi();
    const forgotten: string[] = [];
    const edit = (sheetName: string, sections: string[]) => ({
      ui,
      sheetEdits: {
        of: () => ({ sheetName, settingsSections: () => sections }),
        forgetSettings: () => void forgotten.push(sheetName),
        forgetContactIndex: () => void forgotten.push(`index after ${sheetName}`),
        forgetWeekExtract: (sheet: string) => void forgotten.push(`week extract of ${sheet}`),
        weekSheets: ['Partenaires', 'Opportunités', 'Engagements', 'Conventions'],
      },
    });
    settingsEdited(edit('Partenaires', ['Rôles']), {});
    expect(forgotten.splice(0)).toEqual(['week extract of Partenaires']);
    settingsEdited(edit('Contacts', []), {});
    expect(forgotten.splice(0)).toEqual(['index after Contacts']);
    settingsEdited(edit('Paramètres', ['Axes']), {});
    expect([forgotten, seen]).toEqual([['Paramètres'], []]);
    settingsEdited(edit('Paramètres', ['Axes', 'roles']), {});
    expect(seen).toEqual([expect.stringContaining('toast Pacte — Rôles: Lecture seule : les rôles se gèrent dans Pacte')]);
  });
});

describe('« Initialiser le classeur »', () => {
  function workbook(fresh: boolean | Error) {
    const store = new MemoryStore({ user: 'Awa@Org.ml' });
    const done: string[] = [];
    const { ui, seen } = fakeUi();
    const triggers: Triggers = {
      workbookId: 'wb',
      list: () => [],
      remove: () => undefined,
      createHourly: () => 'h1',
      createFormSubmit: () => undefined,
      schedulers: () => ({}),
      recordScheduler: () => undefined,
    };
    const workbookSetup = {
      freshForCaller: () => {
        if (fresh instanceof Error) throw fresh;
        return fresh;
      },
      grantFirstAdmin: (email: string) => void done.push(`admin ${email}`),
      journalFirstAdmin: (email: string) => void done.push(`journal ${email}`),
      withRollback: <T>(fn: () => T) => fn(),
      createSheets: () => (done.push('feuilles'), { createdSheets: ['Partenaires', 'Journal'], addedColumns: [] }),
      rewriteRoleView: () => void done.push('vue des rôles'),
    };
    const ports = { store, ui, triggers, workbookSetup, lock: { run: <T>(fn: () => T) => (done.push('verrou'), fn()) } };
    return { ports, done, seen };
  }

  it('on a fresh workbook makes the caller admin before the sheets, journals it after, installs the triggers and says what it did', () => {
    const w = workbook(true);
    expect(initialiseWorkbook(w.ports)).toEqual({ createdSheets: ['Partenaires', 'Journal'], addedColumns: [] });
    expect(w.done).toEqual(['verrou', 'admin awa@org.ml', 'feuilles', 'journal awa@org.ml', 'vue des rôles']);
    expect(w.seen).toEqual([
      'alert Pacte: Feuilles créées : Partenaires, Journal.\nDéclencheurs installés : tâches planifiées (toutes les heures), réception des réponses aux enquêtes.',
    ]);
  });

  it('an admin’s repair keeps the roles; a stranger is refused before anything is made', () => {
    const repair = workbook(false);
    initialiseWorkbook(repair.ports);
    expect(repair.done).toEqual(['verrou', 'feuilles', 'vue des rôles']);
    const stranger = workbook(new Error('Accès refusé : réservée aux rôles admin'));
    expect(() => initialiseWorkbook(stranger.ports)).toThrow('Accès refusé');
    expect([stranger.done, stranger.seen]).toEqual([['verrou'], []]);
  });
});

describe('the Diagnostic', () => {
  it('isolates a failing probe, writes the report sheet in one block and shows the summary', () => {
    const store = new MemoryStore({ user: 'awa@org.ml', now: () => new Date('2026-03-12T09:30:00Z') });
    const { ui, seen } = fakeUi();
    const probes: DiagnosticProbes = {
      scopes: () => ({ required: false, granted: [...EXPECTED_SCOPES], authorizationUrl: null }),
      triggers: () => [],
      effectiveUser: () => 'awa@org.ml',
      lock: () => 'acquired',
      form: () => {
        throw new Error('Forms indisponible');
      },
      drive: () => ({ folder: null, readable: true, writable: true }),
      mailQuota: () => 100,
      locale: () => ({ timeZone: 'Africa/Bamako', locale: 'fr' }),
      headers: () => [],
      protections: () => [],
      pacteProtections: () => [],
      journalChain: () => null,
    };
    const result = runDiagnostic({ store, ui, diagnosticProbes: probes });
    expect(result.verdicts).toHaveLength(10);
    expect(result.verdicts.find((v) => v.check === 'Formulaire Google (enquêtes)')).toMatchObject({
      ok: false,
      detail: "La vérification n'a pas pu se faire : Forms indisponible",
    });
    const sheet = store.ownedSheet(DIAGNOSTIC_SHEET)!;
    expect(sheet.values[1][0]).toBe('Fait le 12 mars 2026 à 09:30 par awa@org.ml');
    expect(seen).toEqual([`alert Pacte — Diagnostic: ${result.summary}`]);
  });
});
