/**
 * `npm start` (build/start.mjs) reuses build/dist when it is newer than everything it is built
 * from, and rebuilds it otherwise, saying why. Run on a copy of start.mjs and freshness.mjs in a
 * scratch project whose build and sandbox are stubs that only say they ran.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(__dirname, '..', '..');
let root: string;

const write = (path: string, text: string, ageSeconds: number) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
  const t = Date.now() / 1000 - ageSeconds;
  utimesSync(join(root, path), t, t);
};
const start = () => execFileSync(process.execPath, [join(root, 'build', 'start.mjs')], { encoding: 'utf8' });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pacte-start-'));
  mkdirSync(join(root, 'build'));
  for (const f of ['start.mjs', 'freshness.mjs']) copyFileSync(join(repo, 'build', f), join(root, 'build', f));
  write(
    'build/build.mjs',
    "import { writeFileSync } from 'node:fs';\nexport async function buildAll() { writeFileSync(new URL('built', import.meta.url), ''); }\n",
    100,
  );
  write('build/run-ts.mjs', "export async function runTs(entry) { console.log('sandbox ' + entry); }\n", 100);
  write('src/domain/a.ts', 'export {};', 100);
  write('src/client/b.ts', 'export {};', 90);
  write('package-lock.json', '{}', 100);
  write('appsscript.json', '{}', 100);
  for (const f of ['Code.js', 'Sidebar.html', 'appsscript.json']) write(`build/dist/${f}`, '', 10);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm start', () => {
  it('skips the build when build/dist is newer than src/ and the lockfile, and says so', () => {
    const out = start();
    expect(out).toContain('Construction : build/dist est à jour (plus récent que src/ et package-lock.json), réutilisée.');
    expect(out).toContain('sandbox src/dev/sandbox/main.ts');
    expect(existsSync(join(root, 'build', 'built'))).toBe(false);
  });

  it('rebuilds when a source changed since, naming it', () => {
    write('src/client/b.ts', 'export const x = 1;', 0);
    const out = start();
    expect(out).toContain('Construction de build/dist (src/client/b.ts a changé depuis la dernière construction)…');
    expect(existsSync(join(root, 'build', 'built'))).toBe(true);
  });

  it('rebuilds when the lockfile changed (another esbuild) or an output is missing', () => {
    write('package-lock.json', '{"v":2}', 0);
    expect(start()).toContain('(package-lock.json a changé depuis la dernière construction)');
    write('package-lock.json', '{"v":2}', 100);
    rmSync(join(root, 'build', 'dist', 'Sidebar.html'));
    expect(start()).toContain('(build/dist/Sidebar.html n’existe pas encore)');
  });
});
