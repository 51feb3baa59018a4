/** The fidelity checks' assertion API: soft assertions, isolation, cleanup, and what gets recorded. */
import { check, runCheck, toJson } from '../../src/dev/fidelity/check';
import { runChecks } from '../../src/dev/fidelity/report';
import { installFidelityEmulator } from '../../src/dev/fidelity/emulator';
import type { World } from '../../src/dev/emulator';

let world: World;
beforeEach(() => {
  world = installFidelityEmulator(globalThis);
});

const liveFiles = () => [...world.drive.files.values()].filter((f) => !f.trashed && f.mimeType !== 'application/vnd.google-apps.folder').map((f) => f.name);

describe('runCheck', () => {
  it('records every assertion with its actual value, and goes on after a failed one', () => {
    const r = runCheck(
      check('deux assertions', 'https://example.org', (t) => {
        t.equal(1 + 1, 3, 'arithmetic');
        t.throws(() => SpreadsheetApp.create('x').getSheets()[0].getRange(0, 1), 'too small');
        t.throws(() => 'fine', 'never thrown');
      }),
    );
    expect(r.passed).toBe(false);
    expect(r.assertions).toEqual([
      { label: 'arithmetic', passed: false, expected: 3, actual: 2 },
      { label: '#2', passed: true, expected: 'too small', actual: 'The starting row of the range is too small.' },
      { label: '#3', passed: false, expected: 'never thrown', actual: '(no error)' },
    ]);
  });

  it('records an unexpected exception, trashes the scratch files and runs the cleanups anyway', () => {
    const cleaned: string[] = [];
    const r = runCheck(
      check('plante', 'https://example.org', (t) => {
        t.spreadsheet();
        t.document();
        t.form();
        t.cleanup(() => cleaned.push('trigger'));
        t.ok(true, 'before the crash');
        SpreadsheetApp.openById('nope');
      }),
    );
    expect([r.passed, r.error]).toEqual([false, 'Unexpected error while getting the method or property openById on object SpreadsheetApp.']);
    expect(cleaned).toEqual(['trigger']);
    expect(liveFiles()).toEqual([]);
  });

  it('fails a check that asserted nothing', () => {
    expect(runCheck(check('vide', 'https://example.org', () => undefined)).passed).toBe(false);
  });

  it('makes scratch spreadsheets in en_US and Bamako time unless told otherwise', () => {
    runCheck(
      check('locale', 'https://example.org', (t) => {
        const ss = t.spreadsheet({ locale: 'fr_FR', rows: 5, columns: 2 });
        t.equal([ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone(), ss.getSheets()[0].getMaxRows()], ['fr_FR', 'Africa/Bamako', 5]);
        t.equal(t.spreadsheet().getSpreadsheetLocale(), 'en_US');
      }),
    );
    expect(liveFiles()).toEqual([]);
  });
});

describe('toJson', () => {
  it('gives Dates, undefined and key order one comparable JSON form', () => {
    expect(toJson([new Date(Date.UTC(2026, 2, 12)), undefined, { b: 1, a: [NaN] }])).toEqual([
      'Date(2026-03-12T00:00:00.000Z)',
      '(undefined)',
      { a: ['NaN'], b: 1 },
    ]);
    expect(JSON.stringify(toJson({ b: 1, a: 2 }))).toBe('{"a":2,"b":1}');
  });
});

describe('runChecks', () => {
  const RealDate = Date;
  afterEach(() => {
    globalThis.Date = RealDate;
  });

  it('skips the checks left once the time budget is spent, instead of being cut off by the 6-minute limit', () => {
    world = installFidelityEmulator(globalThis, { clockedDate: true });
    const slow = check('lente', 'https://example.org', (t) => {
      Utilities.sleep(200_000);
      t.ok(true, 'ran');
    });
    const report = runChecks([slow, slow, { ...slow, name: 'suivante' }], 300_000);
    expect(report.summary).toEqual({ total: 3, passed: 2, failed: 0, skipped: 1 });
    expect(report.checks[2]).toEqual({
      name: 'suivante',
      reference: 'https://example.org',
      passed: false,
      skipped: 'execution time budget spent',
      assertions: [],
    });
  });
});
