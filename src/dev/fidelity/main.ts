/**
 * Entry of the fidelity bundle (build/fidelity.mjs → build/fidelity/Code.js), pushed to a throwaway
 * standalone Apps Script project: every export becomes a top-level function there.
 */
import { CHECKS } from './checks';
import { runChecks } from './report';

/** Runs every check, writes the report as JSON to a new Drive file, and returns that file's URL. */
export function runFidelity(): string {
  const report = runChecks(CHECKS);
  const { total, passed, failed, skipped } = report.summary;
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  const file = DriveApp.createFile(`pacte-fidelity-${stamp}.json`, JSON.stringify(report, null, 2), 'application/json');
  Logger.log('Pacte fidelity: %s checks, %s passed, %s failed, %s skipped', total, passed, failed, skipped);
  for (const c of report.checks.filter((r) => !r.passed)) {
    const wrong = c.assertions.filter((a) => !a.passed).map((a) => `${a.label}: expected ${JSON.stringify(a.expected)}, got ${JSON.stringify(a.actual)}`);
    Logger.log('✗ %s — %s', c.name, [c.skipped ?? c.error, ...wrong].filter(Boolean).join(' | '));
  }
  Logger.log('Results (download, then npm run fidelity:compare -- <file>): %s', file.getUrl());
  return file.getUrl();
}

/** Handler named by the trigger check; the check deletes its triggers, so this never runs. */
export function fidelityTriggerTarget(): void {}
