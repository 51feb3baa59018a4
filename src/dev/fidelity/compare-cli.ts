/**
 * npm run fidelity:compare -- <results.json>: runs build/fidelity/Code.js on the emulator and prints,
 * as a Markdown table, every assertion whose outcome or observed value differs from the Google run.
 * Exit code 1 when there is a difference, 2 on a usage error.
 */
import { readFileSync } from 'node:fs';
import { compareReports, formatComparison, parseReport } from './compare';
import { runBundleOnEmulator } from './emulator';

const [path] = process.argv.slice(2);
if (!path) {
  console.error('usage: npm run fidelity:compare -- <results.json written by runFidelity() on Google>');
  process.exit(2);
}
try {
  const google = parseReport(readFileSync(path, 'utf8'), path);
  const comparison = compareReports(google, runBundleOnEmulator().report);
  console.log(formatComparison(comparison));
  process.exit(comparison.differences.length ? 1 : 0);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(2);
}
