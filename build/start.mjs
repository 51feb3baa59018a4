// `npm start`: the sandbox, reusing build/dist when nothing it is built from has changed since.
// Types are not checked here (esbuild does not need them): `npm run typecheck` or `npm test` does.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';
import { distFreshness } from './freshness.mjs';
import { runTs } from './run-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const freshness = await distFreshness(root);
if (freshness.fresh) console.log('Construction : build/dist est à jour (plus récent que src/ et package-lock.json), réutilisée.');
else {
  console.log(`Construction de build/dist (${freshness.reason})…`);
  await buildAll();
  console.log(`Construction terminée (${process.uptime().toFixed(1).replace('.', ',')} s).`);
}
console.log('Démarrage du bac à sable : données de démonstration chargées dans Code.js sur l’émulateur…');
await runTs('src/dev/sandbox/main.ts');
