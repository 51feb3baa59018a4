/**
 * Builds the sandbox's workbook: the real Code.js in its own V8 context over the emulator,
 * a spreadsheet initialised by Pacte's own menu command, then the demo partners written
 * through Pacte's store (so demo data passes the same validation as user input).
 */
import { createGlobals } from '../emulator';
import { loadScript, type LoadedScript } from '../load-script';
import { PARTNERS, SETTINGS } from '../../domain/schema/tables';
import { ROLE_SECTION } from '../../domain/settings/settings';
import { SheetTable } from '../../services/sheet-table';
import { createStoreContext } from '../../services/store-context';
import { DEMO_ORGANISATION, DEMO_PARTNERS, DEMO_ROLES, DEMO_USERS } from './demo-data';

export interface DemoWorkbook extends LoadedScript {
  spreadsheetId: string;
}

export function createDemoWorkbook(opts: { dist?: string; partners?: readonly Record<string, unknown>[] } = {}): DemoWorkbook {
  const loaded = loadScript({ owner: DEMO_USERS.admin, dist: opts.dist, now: new Date('2026-03-12T09:00:00Z') });
  const { world } = loaded;
  // The same world seen from this realm: seeding code uses the store like the server does.
  Object.assign(globalThis, createGlobals(world));

  const spreadsheetId = world.run(() => {
    const ss = SpreadsheetApp.create(DEMO_ORGANISATION);
    ss.setSpreadsheetTimeZone('Africa/Bamako');
    return ss.getId();
  });
  world.activeSpreadsheetId = spreadsheetId;
  loaded.call('initialiseWorkbook', [], { user: DEMO_USERS.admin });

  world.run(
    () => {
      const ctx = createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), DEMO_USERS.admin);
      SheetTable.open(ctx, SETTINGS).insert(DEMO_ROLES.map(([email, role]) => ({ section: ROLE_SECTION, key: email, value: role })));
      SheetTable.open(ctx, PARTNERS).insert(opts.partners ?? DEMO_PARTNERS);
    },
    { user: DEMO_USERS.admin, cause: 'demo-seed' },
  );
  world.log.reset();
  return { ...loaded, spreadsheetId };
}
