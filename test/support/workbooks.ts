/**
 * Workbooks for server tests, named after what they create: the built Code.js over the emulator, a
 * spreadsheet initialised by Pacte's own menu command, roles given as the administrator gives them,
 * and the partners a test declares. Each test file seeds once and each test starts from that state.
 */
import type { Role } from '../../src/domain/settings/settings';
import { createGlobals, snapshotWorld, type World, type WorldOptions } from '../../src/dev/emulator';
import { loadScript, type LoadedScript } from '../../src/dev/load-script';
import { PARTNERS } from '../../src/domain/schema/tables';
import { SheetTable } from '../../src/services/sheet-table';
import { createStoreContext } from '../../src/services/store-context';

/** The workbook's name, as the organisation named its spreadsheet (it heads generated Docs). */
export const ORGANISATION = 'AJCAD Mali';

/** The people of the association, one per role. */
export const USERS = {
  admin: 'direction@ajcad-mali.org',
  officer: 'awa.traore@ajcad-mali.org',
  otherOfficer: 'moussa.keita@ajcad-mali.org',
  legal: 'juridique@ajcad-mali.org',
  finance: 'daf@ajcad-mali.org',
  reader: 'ca.membre@ajcad-mali.org',
} as const;

const ROLES: [string, Role][] = [
  [USERS.officer, 'chargé'],
  [USERS.otherOfficer, 'chargé'],
  [USERS.legal, 'juridique'],
  [USERS.finance, 'DAF'],
  [USERS.reader, 'lecteur'],
];

export interface PartnersWorkbook extends LoadedScript {
  /** IDs of the partners created, in the order given. */
  partnerIds: string[];
}

/** A valid partner (the fields Pacte requires, plus scoring inputs), with overrides. */
export function partner(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Conseil national de la jeunesse',
    acronym: 'CNJ',
    type: 'OSC',
    category: 'Institutionnel',
    region: 'Bamako',
    alignment: 3,
    potential: 3,
    power: 'Moyen',
    interest: 'Moyen',
    ...over,
  };
}

/** `n` distinct valid partners (« Organisation partenaire 1 »…), for tests that only need some. */
export function somePartners(n: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => partner({ name: `Organisation partenaire ${i + 1}`, acronym: `OP${i + 1}` }));
}

/**
 * A workbook initialised by Pacte, roles given (officers, legal, finance, reader), and `partners`
 * written through Pacte's store (so they pass the same validation as user input).
 */
export function workbookWithPartners(partners: readonly Record<string, unknown>[], opts: { world?: WorldOptions } = {}): PartnersWorkbook {
  const loaded = loadScript({ ...opts.world, owner: USERS.admin, now: new Date('2026-03-12T09:00:00Z') });
  const { world } = loaded;
  // The same world seen from this realm: tests read and seed through the store as the server does.
  Object.assign(globalThis, createGlobals(world));
  // The workbook is the user's own (made in Sheets), not something Pacte's code creates.
  world.activeSpreadsheetId = world.inspect(() => {
    const ss = SpreadsheetApp.create(ORGANISATION);
    ss.setSpreadsheetTimeZone('Africa/Bamako');
    return ss.getId();
  });
  loaded.call('initialiseWorkbook', [], { user: USERS.admin });
  for (const [email, role] of ROLES) loaded.call('setRole', [email, role], { user: USERS.admin });
  const partnerIds = world.run(
    () =>
      SheetTable.open(createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), USERS.admin), PARTNERS)
        .insert(partners)
        .map((r) => String(r.id)),
    { user: USERS.admin, cause: 'test-seed' },
  );
  world.log.reset();
  return { ...loaded, partnerIds };
}

/** The ID Pacte gives the next record after `ids` (PAR-0040 → PAR-0041). */
export function nextId(ids: readonly string[]): string {
  const last = Math.max(...ids.map((id) => Number(id.split('-')[1])));
  const [prefix, digits] = ids[0].split('-');
  return `${prefix}-${String(last + 1).padStart(digits.length, '0')}`;
}

/**
 * What puts `world` back as it is now, with this realm's globals on it (tests may have replaced
 * them with another workbook's): each test or scene starts from the same state, not built again.
 */
export function restorerOf(world: World): () => void {
  const snapshot = snapshotWorld(world);
  const globals = createGlobals(world);
  return () => {
    snapshot.restore();
    Object.assign(globalThis, globals);
  };
}

/**
 * Seeds once for the test file (beforeAll) and puts the world back before each test, so every test
 * starts from the same workbook without paying for its set-up. Returns the seeded workbook.
 */
export function seededPerFile<T extends { world: World }>(seed: () => T): () => T {
  let seeded: T | undefined;
  let restore = (): void => {};
  beforeAll(() => {
    seeded = seed();
    restore = restorerOf(seeded.world);
  });
  beforeEach(() => restore());
  return () => {
    if (!seeded) throw new Error('seededPerFile: the workbook is seeded in beforeAll; read it inside a test or a hook');
    return seeded;
  };
}
