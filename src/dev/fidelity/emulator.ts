/**
 * The fidelity project as the emulator plays it: a standalone script (not an add-on, bound to no
 * document) run by its owner, with the manifest's time zone. Used by jest and by fidelity:compare.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installEmulator, type InstallOptions, type World } from '../emulator';
import { loadScript } from '../load-script';
import { PACTE_ACCOUNT } from '../pacte-world';
import type { FidelityReport } from './report';

/** npm scripts and jest run from the project root. */
export const FIDELITY_DIST = join(process.cwd(), 'build', 'fidelity');

export const FIDELITY_OWNER = 'fidelity@ajcad-mali.org';

export function installFidelityEmulator(target: object, opts: InstallOptions = {}): World {
  // Today's date, as on Google when the suite runs there (forms created after 30 June 2026 start unpublished).
  return installEmulator(target, { locale: PACTE_ACCOUNT.locale, owner: FIDELITY_OWNER, timeZone: 'Africa/Bamako', addOn: false, now: new Date(), ...opts });
}

/** Loads build/fidelity/Code.js in a bare node:vm context over the emulator and runs runFidelity(). */
export function runBundleOnEmulator(
  dist = FIDELITY_DIST,
  opts: InstallOptions = {},
): { report: FidelityReport; url: string; world: World; context: Record<string, unknown> } {
  const manifest = JSON.parse(readFileSync(join(dist, 'appsscript.json'), 'utf8')) as { timeZone: string };
  const { world, context, callRaw } = loadScript({ dist, owner: FIDELITY_OWNER, timeZone: manifest.timeZone, addOn: false, now: new Date(), ...opts });
  // runFidelity is the fidelity bundle's own function, no Pacte endpoint.
  const url = callRaw<string>('runFidelity');
  const id = /\/d\/([^/]+)/.exec(url)?.[1];
  const record = id ? world.drive.get(id) : undefined;
  if (!record?.blob) throw new Error(`runFidelity returned ${url}, which is no file in the emulated Drive`);
  const report = JSON.parse(new TextDecoder().decode(record.blob.bytes)) as FidelityReport;
  return { report, url, world, context };
}
