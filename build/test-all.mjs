// `npm test`: builds the bundles, runs the tests that compute (unit, emulator, server, bench pins) on
// two workers, then the Chromium tests — which mostly wait on their simulated slow line — on more
// workers beside the static checks (lint, formatting, types). The two jest runs would only slow each
// other down if mixed: the computing tests need the cores the waiting ones leave free.
// Fails when any part fails. With a test pattern (`npm test -- test/domain`) it is one jest run.
// `--json --outputFile=F` (CI) gets one report merged from both runs.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const run = (command, args) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

const args = process.argv.slice(2);
const output = args.find((a) => a.startsWith('--outputFile='))?.slice('--outputFile='.length);
const patterns = args.filter((a) => !a.startsWith('-'));

const build = (await run('node', ['build/build.mjs'])) || (await run('node', ['build/fidelity.mjs']));
if (build) process.exit(build);

if (patterns.length) {
  const [checks, jest] = await Promise.all([run('npm', ['run', '--silent', 'check']), run('npx', ['jest', ...args])]);
  process.exit(checks || jest);
}

const flags = args.filter((a) => a.startsWith('-') && !a.startsWith('--outputFile='));
const part = (name) => (output ? [`--outputFile=${output}.${name}`] : []);
const computing = await run('npx', ['jest', '--testPathIgnorePatterns', '/test/browser/', '--maxWorkers=2', ...flags, ...part('computing')]);
const [checks, browser] = await Promise.all([
  run('npm', ['run', '--silent', 'check']),
  // Chromium and its sandbox start slowly when five start at once beside the checks: two minutes a test.
  run('npx', ['jest', 'test/browser', '--maxWorkers=5', '--testTimeout=120000', ...flags, ...part('browser')]),
]);
if (checks) console.error('Static checks failed (lint, formatting or types): see above.');

if (output) {
  const reports = ['computing', 'browser'].map((n) => `${output}.${n}`).filter((f) => existsSync(f));
  const read = reports.map((f) => JSON.parse(readFileSync(f, 'utf8')));
  const sum = (key) => read.reduce((n, r) => n + (r[key] ?? 0), 0);
  const keys = ['numTotalTests', 'numPassedTests', 'numFailedTests', 'numPendingTests', 'numTodoTests', 'numTotalTestSuites'];
  const merged = Object.fromEntries(
    [...keys, 'numPassedTestSuites', 'numFailedTestSuites', 'numPendingTestSuites', 'numRuntimeErrorTestSuites'].map((k) => [k, sum(k)]),
  );
  writeFileSync(
    output,
    JSON.stringify({ ...merged, success: read.length === 2 && read.every((r) => r.success), testResults: read.flatMap((r) => r.testResults ?? []) }),
  );
  for (const f of reports) rmSync(f);
}
process.exit(computing || browser || checks);
