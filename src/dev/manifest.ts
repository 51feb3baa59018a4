/**
 * The project's manifest (appsscript.json) as the emulator needs it: the scopes users grant,
 * the advanced services enabled and the script's time zone. Every test that runs Pacte's code runs under these.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AdvancedService, WorldOptions } from './emulator';

interface Manifest {
  timeZone?: string;
  oauthScopes?: string[];
  dependencies?: { enabledAdvancedServices?: AdvancedService[] };
}

/** World options from the manifest at `path` (default: the project's own appsscript.json). */
export function manifestOptions(path = join(process.cwd(), 'appsscript.json')): Pick<WorldOptions, 'grantedScopes' | 'advancedServices' | 'timeZone'> {
  const m = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  if (!m.oauthScopes?.length) throw new Error(`${path} declares no oauthScopes: Pacte lists its scopes explicitly.`);
  const options = { grantedScopes: m.oauthScopes, advancedServices: m.dependencies?.enabledAdvancedServices ?? [] };
  return m.timeZone ? { ...options, timeZone: m.timeZone } : options;
}
