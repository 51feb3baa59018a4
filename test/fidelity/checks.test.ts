/**
 * Every fidelity check, run on the emulator: the emulator must agree with each fact the checks pin
 * (the same checks run on real Google with `npm run fidelity:push`, see README).
 */
import { CHECKS } from '../../src/dev/fidelity/checks';
import { runCheck, type CheckResult } from '../../src/dev/fidelity/check';
import { installFidelityEmulator } from '../../src/dev/fidelity/emulator';

/** What differs, one line per failed assertion, so a failure reads like a compare table. */
function differences(r: CheckResult): string[] {
  return [
    ...(r.error ? [`error: ${r.error}`] : []),
    ...(r.assertions.length === 0 ? ['no assertion ran'] : []),
    ...r.assertions.filter((a) => !a.passed).map((a) => `${a.label}: expected ${JSON.stringify(a.expected)}, got ${JSON.stringify(a.actual)}`),
  ];
}

describe('fidelity checks on the emulator', () => {
  it('have unique names and cite a reference page', () => {
    expect(new Set(CHECKS.map((c) => c.name)).size).toBe(CHECKS.length);
    for (const c of CHECKS) expect({ name: c.name, reference: c.reference }).toEqual({ name: c.name, reference: expect.stringMatching(/^https:\/\//) });
  });

  it.each(CHECKS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const world = installFidelityEmulator(globalThis);
    const result = world.run(() => runCheck(c));
    expect(differences(result)).toEqual([]);
    expect(result.passed).toBe(true);
    // Each check trashes its scratch files and removes its triggers and properties.
    expect([...world.drive.files.values()].filter((f) => !f.trashed && f.mimeType !== 'application/vnd.google-apps.folder').map((f) => f.name)).toEqual([]);
    world.run(() => {
      expect(ScriptApp.getProjectTriggers()).toEqual([]);
      expect(PropertiesService.getScriptProperties().getKeys()).toEqual([]);
    });
  });
});
