/**
 * Utilities (formatDate, getUuid, sleep, base64, digests, parseCsv, newBlob) and Logger.
 * Facts that real Google can confirm are fidelity checks (src/dev/fidelity/checks/), run on the emulator
 * by test/fidelity/checks.test.ts and on Google by `npm run fidelity:push` (one source for each fact).
 */
import { World } from '../../src/dev/emulator/core/world';
import { installScriptServices } from '../../src/dev/emulator/script';

let world: World;
beforeEach(() => {
  world = new World();
  Object.assign(globalThis, installScriptServices(world));
  world.scope = globalThis as unknown as Record<string, unknown>;
});

describe('Utilities', () => {
  it('makes RFC 4122 version 4 UUIDs from the seeded randomness (same seed, same ids)', () => {
    const id = Utilities.getUuid();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Utilities.getUuid()).not.toBe(id);
    const other = new World();
    const u = installScriptServices(other).Utilities as GoogleAppsScript.Utilities.Utilities;
    expect(u.getUuid()).toBe(id);
  });

  it('sleeps on the test clock, up to 300000 ms', () => {
    // https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer) — "The maximum allowed value is 300000"
    const before = world.clock.now();
    Utilities.sleep(1500);
    expect(world.clock.now() - before).toBe(1500);
    expect(() => Utilities.sleep(300001)).toThrow('Invalid argument: milliseconds');
  });

  it('makes blobs from text or bytes, with a content type and a name', () => {
    const blob = Utilities.newBlob('bonjour', 'text/csv', 'export.csv');
    expect([blob.getDataAsString(), blob.getContentType(), blob.getName()]).toEqual(['bonjour', 'text/csv', 'export.csv']);
    expect(Utilities.newBlob([104, 105]).getDataAsString()).toBe('hi');
  });
});

describe('Logger', () => {
  it('logs with format arguments, returns the log, and clears it', () => {
    // https://developers.google.com/apps-script/reference/base/logger#log(String,Object...)
    Logger.log('Import de %s lignes', 12);
    Logger.log('fini');
    expect(Logger.getLog()).toBe('Import de 12 lignes\nfini\n');
    Logger.clear();
    expect(Logger.getLog()).toBe('');
  });
});
