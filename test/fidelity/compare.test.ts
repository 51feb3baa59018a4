/** fidelity:compare — a Google results file held against the emulator's run of the same bundle. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareReports, formatComparison, parseReport } from '../../src/dev/fidelity/compare';
import { runBundleOnEmulator } from '../../src/dev/fidelity/emulator';
import type { FidelityReport } from '../../src/dev/fidelity/report';
import { loggerState } from '../../src/dev/emulator/script/logger';

const ROWS = 'Range.setValues: wrong number of rows';
const GOOGLE_TEXT = 'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3 (sic).';

let emulator: FidelityReport;
beforeAll(() => {
  emulator = runBundleOnEmulator().report;
});

/** A copy of the emulator's report in which Google answered one assertion differently. */
function googleWithOneDifference(): FidelityReport {
  const google = structuredClone(emulator);
  const c = google.checks.find((x) => x.name === ROWS)!;
  Object.assign(c.assertions[0], { passed: false, actual: GOOGLE_TEXT });
  c.passed = false;
  return google;
}

describe('compareReports', () => {
  it('finds no difference between two identical runs', () => {
    const c = compareReports(structuredClone(emulator), emulator);
    expect([c.compared, c.differences, c.notCompared]).toEqual([emulator.checks.length, [], []]);
  });

  it('reports the one assertion Google answered differently, with both texts', () => {
    const c = compareReports(googleWithOneDifference(), emulator);
    expect(c.differences).toEqual([
      {
        check: ROWS,
        reference: 'https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)',
        assertion: '#1',
        expected: 'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
        google: GOOGLE_TEXT,
        emulator: 'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
      },
    ]);
  });

  it('reports an exception that stopped a check on Google, and the assertions it never reached', () => {
    const google = structuredClone(emulator);
    const c = google.checks.find((x) => x.name.startsWith('Session'))!;
    c.error = 'You do not have permission to call Session.getActiveUser.';
    c.assertions = c.assertions.slice(0, 1);
    const d = compareReports(google, emulator).differences;
    expect(d.map((x) => [x.assertion, x.google, x.emulator])).toEqual([
      ['(exception)', 'You do not have permission to call Session.getActiveUser.', '(none)'],
      ...emulator.checks
        .find((x) => x.name === c.name)!
        .assertions.slice(1)
        .map((a) => [a.label, '(not reached)', a.actual]),
    ]);
  });

  it('lists checks that only one side ran, or that changed since, without counting them as differences', () => {
    const google = structuredClone(emulator);
    google.checks[0].skipped = 'execution time budget spent';
    google.checks[1].name = 'an old name';
    google.checks[2].assertions[0].label = 'an old label';
    const c = compareReports(google, emulator);
    expect(c.differences).toEqual([]);
    expect(c.notCompared.map((n) => n.why)).toEqual([
      'skipped on Google: execution time budget spent',
      'not in the Google results (added or renamed since)',
      'its assertions changed since the Google run',
      'no longer a check (removed or renamed)',
    ]);
  });

  it('ignores run-specific values (ids, URLs) of assertions both sides passed', () => {
    const google = structuredClone(emulator);
    const triggers = google.checks.find((x) => x.name.startsWith('ScriptApp: installable triggers'))!;
    const id = triggers.assertions.find((a) => a.label === 'unique id')!;
    id.actual = '1234567890';
    expect(compareReports(google, emulator).differences).toEqual([]);
    id.passed = false;
    id.actual = 'trigger-1';
    expect(compareReports(google, emulator).differences.map((d) => [d.assertion, d.google])).toEqual([['unique id', 'trigger-1']]);
  });

  it('prints a Markdown table with a link to the reference page', () => {
    const text = formatComparison(compareReports(googleWithOneDifference(), emulator));
    const lines = text.split('\n');
    expect(lines[0]).toBe(`${emulator.checks.length} checks compared, 1 differences, 0 not compared.`);
    expect(lines[2]).toBe('| check | assertion | expected | Google | emulator |');
    expect(lines[4]).toMatch(
      /^\| \[Range\.setValues: wrong number of rows\]\(https:\/\/developers\.google\.com\/.+\) \| #1 \| .+ \| .+\(sic\)\. \| .+has 3\. \|$/,
    );
  });

  it('refuses a file that is not a fidelity report', () => {
    expect(() => parseReport('{"checks": []}', 'x.json')).toThrow('x.json is not a fidelity report (pacte-fidelity/1) written by runFidelity()');
  });
});

describe('a failing check on the bundle', () => {
  it('is logged with what was expected and what was observed', () => {
    const { report, world } = runBundleOnEmulator(undefined, { timeZone: 'Europe/Paris' });
    expect(report.summary.failed).toBe(1);
    const line = loggerState(world).lines.find((l) => l.startsWith('✗'));
    expect(line).toBe(
      '✗ Session: active and effective user, script time zone, temporary key — the manifest’s time zone: expected "Africa/Bamako", got "Europe/Paris"',
    );
  });
});

describe('npm run fidelity:compare', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fidelity-'));
  const cli = (file: string) => {
    try {
      return { code: 0, out: execFileSync('node', ['build/run-ts.mjs', 'src/dev/fidelity/compare-cli.ts', file], { encoding: 'utf8', stdio: 'pipe' }) };
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      return { code: err.status, out: err.stdout + err.stderr };
    }
  };

  it('exits 1 and prints the table when Google differs, 0 when it does not', () => {
    const differs = join(dir, 'differs.json');
    writeFileSync(differs, JSON.stringify(googleWithOneDifference()));
    const same = join(dir, 'same.json');
    writeFileSync(same, JSON.stringify(emulator));
    const bad = cli(differs);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('1 differences');
    expect(bad.out).toContain(GOOGLE_TEXT);
    expect(cli(same)).toEqual({ code: 0, out: `${emulator.checks.length} checks compared, 0 differences, 0 not compared.\n` });
  });
});
