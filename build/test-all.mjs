// `npm test`: builds the bundles, then runs the static checks (lint, formatting, types) beside jest.
// Jest's browser tests mostly wait on their simulated slow line, leaving a core free for the checks.
// Fails when any part fails; jest's own arguments (--json, a file pattern…) are passed through.
import { spawn } from 'node:child_process';

const run = (command, args) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

const build = (await run('node', ['build/build.mjs'])) || (await run('node', ['build/fidelity.mjs']));
if (build) process.exit(build);
const [checks, jest] = await Promise.all([run('npm', ['run', '--silent', 'check']), run('npx', ['jest', ...process.argv.slice(2)])]);
if (checks) console.error('Static checks failed (lint, formatting or types): see above.');
process.exit(checks || jest);
