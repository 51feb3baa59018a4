/**
 * Holds a report made on real Google against the same checks run on the emulator, assertion by
 * assertion (same check name, same position). An assertion both sides passed is the same fact (its
 * observed value may still hold run-specific ids and URLs); otherwise any difference in outcome or in
 * the observed value is reported.
 */
import type { CheckResult } from './check';
import { REPORT_FORMAT, type FidelityReport } from './report';

export interface Difference {
  check: string;
  reference: string;
  assertion: string;
  expected: unknown;
  google: unknown;
  emulator: unknown;
}

export interface Comparison {
  compared: number;
  differences: Difference[];
  /** Checks only one side ran (renamed since the Google run, or skipped there for time). */
  notCompared: { check: string; why: string }[];
}

const NOT_REACHED = '(not reached)';
const json = (v: unknown) => JSON.stringify(v);

export function parseReport(text: string, source: string): FidelityReport {
  const report = JSON.parse(text) as FidelityReport;
  if (report?.format !== REPORT_FORMAT || !Array.isArray(report.checks))
    throw new Error(`${source} is not a fidelity report (${REPORT_FORMAT}) written by runFidelity()`);
  return report;
}

/** Same labels in the same order, as far as both sides got (an exception cuts one short). */
function sameAssertions(g: CheckResult, e: CheckResult): boolean {
  const n = Math.min(g.assertions.length, e.assertions.length);
  return g.assertions.slice(0, n).every((a, i) => a.label === e.assertions[i].label);
}

function compareCheck(g: CheckResult, e: CheckResult): Difference[] {
  const row = (assertion: string, expected: unknown, google: unknown, emulator: unknown): Difference => ({
    check: e.name,
    reference: e.reference,
    assertion,
    expected,
    google,
    emulator,
  });
  const out: Difference[] = [];
  if ((g.error ?? null) !== (e.error ?? null)) out.push(row('(exception)', '(none)', g.error ?? '(none)', e.error ?? '(none)'));
  for (let i = 0; i < Math.max(g.assertions.length, e.assertions.length); i++) {
    const [ga, ea] = [g.assertions[i], e.assertions[i]];
    if (ga && ea && ga.passed && ea.passed) continue;
    if (ga && ea && ga.passed === ea.passed && json(ga.actual) === json(ea.actual)) continue;
    const label = (ea ?? ga).label;
    out.push(row(label, (ea ?? ga).expected, ga ? ga.actual : NOT_REACHED, ea ? ea.actual : NOT_REACHED));
  }
  return out;
}

export function compareReports(google: FidelityReport, emulator: FidelityReport): Comparison {
  const byName = new Map(google.checks.map((c) => [c.name, c]));
  const result: Comparison = { compared: 0, differences: [], notCompared: [] };
  for (const e of emulator.checks) {
    const g = byName.get(e.name);
    byName.delete(e.name);
    if (!g) result.notCompared.push({ check: e.name, why: 'not in the Google results (added or renamed since)' });
    else if (g.skipped) result.notCompared.push({ check: e.name, why: `skipped on Google: ${g.skipped}` });
    else if (!sameAssertions(g, e)) result.notCompared.push({ check: e.name, why: 'its assertions changed since the Google run' });
    else {
      result.compared++;
      result.differences.push(...compareCheck(g, e));
    }
  }
  for (const name of byName.keys()) result.notCompared.push({ check: name, why: 'no longer a check (removed or renamed)' });
  return result;
}

/** A Markdown table, ready to paste into an issue. */
export function formatComparison(c: Comparison): string {
  const cell = (v: unknown) => {
    const s = typeof v === 'string' ? v : json(v);
    return (s.length > 300 ? `${s.slice(0, 297)}…` : s).replace(/\|/g, '\\|').replace(/\n/g, '\\n');
  };
  const lines = [`${c.compared} checks compared, ${c.differences.length} differences, ${c.notCompared.length} not compared.`];
  if (c.differences.length) {
    lines.push('', '| check | assertion | expected | Google | emulator |', '| --- | --- | --- | --- | --- |');
    for (const d of c.differences)
      lines.push(`| [${cell(d.check)}](${d.reference}) | ${cell(d.assertion)} | ${cell(d.expected)} | ${cell(d.google)} | ${cell(d.emulator)} |`);
  }
  if (c.notCompared.length) lines.push('', 'Not compared:', ...c.notCompared.map((n) => `- ${n.check}: ${n.why}`));
  return lines.join('\n');
}
