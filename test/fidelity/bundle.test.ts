/**
 * build/fidelity/Code.js — the checks as pushed to a real Apps Script project — loads in a bare
 * node:vm context over the emulator, and runFidelity() there reports every check passing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKS } from '../../src/dev/fidelity/checks';
import { TRIGGER_HANDLER } from '../../src/dev/fidelity/checks/script-services';
import { FIDELITY_DIST, runBundleOnEmulator } from '../../src/dev/fidelity/emulator';
import { loggerState } from '../../src/dev/emulator/script/logger';

const code = readFileSync(join(FIDELITY_DIST, 'Code.js'), 'utf8');
const manifest = JSON.parse(readFileSync(join(FIDELITY_DIST, 'appsscript.json'), 'utf8'));

describe('build/fidelity', () => {
  it('is one Apps Script file with no module syntax or Node API, and top-level entry points', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/(^|[^.\w])require\s*\(/m);
    expect(code).not.toMatch(/\b(process\.|__dirname|Buffer\.)/);
    for (const name of ['runFidelity', TRIGGER_HANDLER]) expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  });

  it('declares a standalone V8 manifest with a scope for every service the checks call', () => {
    expect([manifest.runtimeVersion, manifest.timeZone]).toEqual(['V8', 'Africa/Bamako']);
    const needs: Record<string, RegExp> = {
      spreadsheets: /\bSpreadsheetApp\./,
      documents: /\bDocumentApp\./,
      forms: /\bFormApp\./,
      drive: /\bDriveApp\./,
      'script.scriptapp': /\bScriptApp\./,
      'script.send_mail': /\bMailApp\./,
      'userinfo.email': /\bSession\.getActiveUser\(\)/,
    };
    const declared = (manifest.oauthScopes as string[]).map((s) => s.replace('https://www.googleapis.com/auth/', '')).sort();
    expect(declared).toEqual(Object.keys(needs).sort());
    for (const [scope, use] of Object.entries(needs)) expect({ scope, used: use.test(code) }).toEqual({ scope, used: true });
  });

  it('runs every check in runFidelity(), all passing, and writes the report to a new Drive file', () => {
    const { report, url, world } = runBundleOnEmulator();
    expect(report.summary).toEqual({ total: CHECKS.length, passed: CHECKS.length, failed: 0, skipped: 0 });
    expect(report.checks.map((c) => c.name)).toEqual(CHECKS.map((c) => c.name));
    expect(report.scriptTimeZone).toBe('Africa/Bamako');
    expect(url).toMatch(/^https:\/\/drive\.google\.com\/file\/d\/[\w-]+\//);
    // Only the results file is left: every scratch spreadsheet, doc and form went to the trash.
    const live = [...world.drive.files.values()].filter((f) => !f.trashed && f.mimeType !== 'application/vnd.google-apps.folder');
    expect(live.map((f) => [f.name, f.mimeType])).toEqual([
      [expect.stringMatching(/^pacte-fidelity-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.json$/), 'application/json'],
    ]);
    expect(loggerState(world).lines[0]).toBe(`Pacte fidelity: ${CHECKS.length} checks, ${CHECKS.length} passed, 0 failed, 0 skipped`);
    expect(loggerState(world).lines.at(-1)).toContain(url);
  });
});
