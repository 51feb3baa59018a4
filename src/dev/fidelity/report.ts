/** Runs a list of checks, each isolated, into the report that runFidelity() writes and fidelity:compare reads. */
import { runCheck, type Check, type CheckResult } from './check';

export const REPORT_FORMAT = 'pacte-fidelity/1';

export interface FidelityReport {
  format: typeof REPORT_FORMAT;
  startedAt: string;
  scriptTimeZone: string;
  summary: { total: number; passed: number; failed: number; skipped: number };
  checks: CheckResult[];
}

/**
 * Apps Script stops an execution after 6 minutes: past `budgetMs` the remaining checks are reported as
 * skipped instead of being cut off mid-way (their scratch files would never be trashed).
 */
export function runChecks(checks: readonly Check[], budgetMs = 5 * 60 * 1000): FidelityReport {
  const started = Date.now();
  const results = checks.map((c): CheckResult => {
    if (Date.now() - started > budgetMs) return { name: c.name, reference: c.reference, passed: false, skipped: 'execution time budget spent', assertions: [] };
    return runCheck(c);
  });
  const skipped = results.filter((r) => r.skipped).length;
  const passed = results.filter((r) => r.passed).length;
  return {
    format: REPORT_FORMAT,
    startedAt: new Date(started).toISOString(),
    scriptTimeZone: Session.getScriptTimeZone(),
    summary: { total: results.length, passed, failed: results.length - passed - skipped, skipped },
    checks: results,
  };
}
