// Whether build/dist can be reused as it is: every file it is built from is older than every file it holds.
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** What build/dist is built from: the sources, the lockfile (esbuild's version), the manifest and the build script. */
const INPUTS = ['src', 'package-lock.json', 'appsscript.json', 'build/build.mjs'];
const OUTPUTS = ['build/dist/Code.js', 'build/dist/Sidebar.html', 'build/dist/appsscript.json'];

async function* files(path) {
  const info = await stat(path).catch(() => null);
  if (!info) return;
  if (!info.isDirectory()) yield { path, mtimeMs: info.mtimeMs };
  else for (const entry of await readdir(path)) yield* files(join(path, entry));
}

/**
 * `{ fresh: true }` when build/dist is newer than all its inputs; otherwise why not, in French:
 * the missing output, or the newest input changed since (« src/domain/records/normalise.ts »).
 */
export async function distFreshness(root) {
  let oldestOutput = Infinity;
  for (const out of OUTPUTS) {
    const info = await stat(join(root, out)).catch(() => null);
    if (!info) return { fresh: false, reason: `${out} n’existe pas encore` };
    oldestOutput = Math.min(oldestOutput, info.mtimeMs);
  }
  let newest = { path: '', mtimeMs: -Infinity };
  for (const input of INPUTS) for await (const f of files(join(root, input))) if (f.mtimeMs > newest.mtimeMs) newest = f;
  if (newest.mtimeMs < oldestOutput) return { fresh: true };
  return { fresh: false, reason: `${relative(root, newest.path)} a changé depuis la dernière construction` };
}
