/** Utilities (formatDate, getUuid, sleep, base64, digests, parseCsv, newBlob) and Logger. */
import { World } from '../../src/dev/emulator/core/world';
import { installScriptServices } from '../../src/dev/emulator/script';

let world: World;
beforeEach(() => {
  world = new World();
  Object.assign(globalThis, installScriptServices(world));
  world.scope = globalThis as unknown as Record<string, unknown>;
});

describe('Utilities.formatDate', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
  // (Java SimpleDateFormat patterns; names are English whatever the locale.)
  const winter = new Date(Date.UTC(2026, 2, 12, 9, 0, 0));
  const summer = new Date(Date.UTC(2026, 6, 14, 12, 30, 5, 7));

  it('formats in Africa/Bamako (GMT all year)', () => {
    expect(Utilities.formatDate(winter, 'Africa/Bamako', 'dd/MM/yyyy HH:mm:ss')).toBe('12/03/2026 09:00:00');
    expect(Utilities.formatDate(summer, 'Africa/Bamako', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe('2026-07-14T12:30:05.007Z');
    expect(Utilities.formatDate(summer, 'Africa/Bamako', 'z Z')).toBe('GMT +0000');
  });

  it('formats in Europe/Paris in winter (CET) and summer (CEST)', () => {
    expect(Utilities.formatDate(winter, 'Europe/Paris', 'HH:mm z Z XXX')).toBe('10:00 CET +0100 +01:00');
    expect(Utilities.formatDate(summer, 'Europe/Paris', 'HH:mm z Z XXX')).toBe('14:30 CEST +0200 +02:00');
  });

  it('jumps from 01:59 CET to 03:00 CEST on the night of the change (29 March 2026)', () => {
    expect(Utilities.formatDate(new Date(Date.UTC(2026, 2, 29, 0, 59)), 'Europe/Paris', 'd MMM HH:mm z')).toBe('29 Mar 01:59 CET');
    expect(Utilities.formatDate(new Date(Date.UTC(2026, 2, 29, 1, 0)), 'Europe/Paris', 'd MMM HH:mm z')).toBe('29 Mar 03:00 CEST');
  });

  it('writes month and day names in English, full and short', () => {
    expect(Utilities.formatDate(winter, 'Europe/Paris', "EEEE d MMMM yyyy 'à' HH'h'mm")).toBe('Thursday 12 March 2026 à 10h00');
    expect(Utilities.formatDate(winter, 'Europe/Paris', 'EEE, MMM d, yy')).toBe('Thu, Mar 12, 26');
  });

  it('handles 12-hour clocks, single letters and quotes', () => {
    expect(Utilities.formatDate(summer, 'Europe/Paris', 'h:mm a')).toBe('2:30 PM');
    expect(Utilities.formatDate(winter, 'Africa/Bamako', 'h a, M/d/y')).toBe('9 AM, 3/12/2026');
    expect(Utilities.formatDate(winter, 'Africa/Bamako', "yyyy''MM 'o''clock'")).toBe("2026'03 o'clock");
  });

  it('refuses an unknown pattern letter', () => {
    expect(() => Utilities.formatDate(winter, 'Africa/Bamako', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
  });
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

  it('encodes and decodes base64, web-safe too, in signed Java bytes', () => {
    // https://developers.google.com/apps-script/reference/utilities/utilities#base64Encode(String)
    expect(Utilities.base64Encode('Bamako – été')).toBe(Buffer.from('Bamako – été').toString('base64'));
    expect(Utilities.base64EncodeWebSafe([-5, -1, 62])).toBe('-_8-');
    expect(Utilities.base64Decode('w6k=')).toEqual([-61, -87]);
    expect(Utilities.newBlob(Utilities.base64DecodeWebSafe('-_8-')).getBytes()).toEqual([-5, -1, 62]);
  });

  it('computes digests as signed bytes with the DigestAlgorithm enum', () => {
    // https://developers.google.com/apps-script/reference/utilities/utilities#computeDigest(DigestAlgorithm,String)
    const md5 = Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'abc');
    const hex = md5.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
    expect(hex).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc')).toHaveLength(32);
  });

  it('parses CSV with RFC 4180 quotes, embedded newlines and another delimiter', () => {
    // https://developers.google.com/apps-script/reference/utilities/utilities#parseCsv(String)
    const csv = 'nom,notes\r\n"ONG ""Espoir""","ligne 1\nligne 2"\nAJCAD,\n';
    expect(Utilities.parseCsv(csv)).toEqual([
      ['nom', 'notes'],
      ['ONG "Espoir"', 'ligne 1\nligne 2'],
      ['AJCAD', ''],
    ]);
    expect(Utilities.parseCsv('a;b\n1;2', ';')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('makes blobs from text or bytes, with a content type and a name', () => {
    const blob = Utilities.newBlob('bonjour', 'text/csv', 'export.csv');
    expect([blob.getDataAsString(), blob.getContentType(), blob.getName()]).toEqual(['bonjour', 'text/csv', 'export.csv']);
    expect(Utilities.newBlob([104, 105]).getDataAsString()).toBe('hi');
  });

  it('formats strings like sprintf', () => {
    expect(Utilities.formatString('%s partenaires, %d%%, %.2f XOF', 'Trois', 42.9, 655.957)).toBe('Trois partenaires, 42%, 655.96 XOF');
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
