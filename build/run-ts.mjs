// Runs a TypeScript entry (sandbox, benchmarks) with Node: esbuild bundles it to build/tmp first.
import * as esbuild from 'esbuild';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles `entry` to build/tmp and runs it in this process, with `args` as its command line. */
export async function runTs(entry, args = []) {
  const outfile = join(root, 'build', 'tmp', basename(entry).replace(/\.ts$/, '.mjs'));
  await esbuild.build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    sourcemap: 'inline',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  process.argv = [process.argv[0], outfile, ...args];
  await import(pathToFileURL(outfile).href);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [entry, ...args] = process.argv.slice(2);
  if (!entry) {
    console.error('usage: node build/run-ts.mjs <file.ts> [args…]');
    process.exit(2);
  }
  await runTs(entry, args);
}
