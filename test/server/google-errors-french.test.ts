/**
 * Google's errors reach the user in French, saying what to do, never in Google's English: each text the
 * emulator throws (taken from Google's references, see the emulator's sources) is injected at a service
 * call of a real read and a real write (world.faults) and the sidebar's error is checked. A protected
 * sheet's refusal is proven in protected-sheets.test.ts (French, naming the sheet, nothing written).
 */
import { partner, seededPerFile, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';
import type { CallArgs } from '../../src/dev/load-script';
import { PARTNERS } from '../../src/domain/schema/tables';
import { records } from '../support/demo-sheets';
import type { EndpointName } from '../../src/domain/contracts/api';
import { SERVICE_UNAVAILABLE } from '../../src/dev/emulator/core/faults';
import { CELL_TOO_LONG_TEXT } from '../../src/dev/emulator/spreadsheet/context';
import { fileNotFound } from '../../src/dev/emulator/drive-v3/errors';

const GOOGLE: readonly [string, string, RegExp][] = [
  ['a cell over 50,000 characters', CELL_TOO_LONG_TEXT, /dépasse 50 000 caractères.*Raccourcissez/],
  [
    'the document lock',
    'Lock timeout: another process was holding the lock for too long.',
    /Un autre utilisateur enregistre.*Réessayez dans quelques secondes/,
  ],
  [
    'a missing scope',
    'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    /Diagnostic/,
  ],
  ['a daily quota', 'Service invoked too many times for one day: email.', /limite est atteinte.*Réessayez plus tard/],
  ['a transient failure', SERVICE_UNAVAILABLE, /Google n'a pas répondu à temps\. Réessayez/],
  ['a Drive file gone', fileNotFound('drive.files.get', '1AbC').message, /introuvable.*corbeille/],
  ['a document closed', 'No item with the given ID could be found, or you do not have permission to access it.', /introuvable|Diagnostic/],
];

function errorOf<K extends EndpointName>(wb: PartnersWorkbook, name: K, args: CallArgs<K>): string {
  try {
    wb.call(name, args, { user: USERS.admin });
  } catch (e) {
    return String((e as Error).message);
  }
  throw new Error(`${name} did not fail`);
}

describe("Google's errors, in French", () => {
  let wb: PartnersWorkbook;
  /** One partner to list, seeded once for the file; every test starts from this state (seededPerFile). */
  const seeded = seededPerFile(() => workbookWithPartners([partner()]));
  beforeEach(() => {
    wb = seeded();
  });
  afterEach(() => wb.world.faults.disarm());

  describe.each(GOOGLE)('%s', (_, google, french) => {
    it('on a read (the partner list), not mistaken for missing columns', () => {
      wb.world.faults.failAt(1, google, { prefixes: ['Sheet.', 'Range.'] });
      const message = errorOf(wb, 'searchPartners', []);
      expect(message).toMatch(french);
      expect(message).not.toContain(google.slice(0, 20));
    });

    it('on a write (a new partner), leaving no partner behind', () => {
      wb.world.faults.failAt(1, google, { prefixes: ['Range.set'] });
      const message = errorOf(wb, 'savePartner', [{ name: `Tiwindi ${google.length}`, type: 'OSC' }, []]);
      expect(message).toMatch(french);
      expect(message).not.toContain(google.slice(0, 20));
      const names = records(wb, PARTNERS).map((p) => p.name);
      expect(names).not.toContain(`Tiwindi ${google.length}`);
    });
  });
});
