/**
 * The emulator's account-level options: a neutral account by default (any project can use it as is),
 * each project's own account when passed (Pacte passes its own from src/dev/pacte-world.ts).
 */
import { installEmulator, type InstallOptions, type World } from '../../src/dev/emulator';
import { PACTE_ACCOUNT } from '../../src/dev/pacte-world';
import { _uiState } from '../../src/dev/emulator/ui';

interface Globals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  Session: GoogleAppsScript.Base.Session;
}

/** What a script sees of the account: owner, zone, locales, the first sheet's name, the add-on menu's caption. */
function account(opts: InstallOptions = {}): { world: World; seen: string[]; menu: string } {
  const g = {} as Globals;
  const world = installEmulator(g, opts);
  const seen = world.run(() => {
    const ss = g.SpreadsheetApp.create('Budget');
    return [
      g.Session.getEffectiveUser().getEmail(),
      g.Session.getScriptTimeZone(),
      g.Session.getActiveUserLocale(),
      ss.getSpreadsheetLocale(),
      ss.getSpreadsheetTimeZone(),
      ss.getSheets()[0]!.getName(),
    ];
  });
  world.run(() => g.SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'open').addToUi());
  return { world, seen, menu: _uiState(world).menus[0]!.caption };
}

describe('account options', () => {
  it('default to a neutral English-speaking account on GMT', () => {
    const { seen, menu } = account();
    expect(seen).toEqual(['user@example.com', 'Etc/GMT', 'en', 'en_US', 'Etc/GMT', 'Sheet1']);
    expect(menu).toBe('Untitled add-on');
  });

  it("take a project's owner, time zone, locale and add-on name", () => {
    const { seen, menu } = account({ ...PACTE_ACCOUNT, timeZone: 'Africa/Bamako' });
    expect(seen).toEqual(['direction@ajcad-mali.org', 'Africa/Bamako', 'fr', 'fr_FR', 'Africa/Bamako', 'Feuille 1']);
    expect(menu).toBe('Pacte');
  });
});
