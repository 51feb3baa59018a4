/**
 * Pacte's emulated Google account: what the emulator's neutral defaults (user@example.com, en_US,
 * Etc/GMT) become for Pacte's code. The association's director owns the workbook, works in French,
 * and the script's time zone is the manifest's (Africa/Bamako).
 */
import { join } from 'node:path';
import type { WorldOptions } from './emulator';
import { manifestOptions } from './manifest';

export const PACTE_ACCOUNT = {
  owner: 'direction@ajcad-mali.org',
  locale: 'fr_FR',
  addOnName: 'Pacte',
} as const satisfies WorldOptions;

/** Pacte's account under the manifest at `manifestPath` (its scopes, advanced services and time zone). */
export function pacteWorldOptions(manifestPath = join(process.cwd(), 'appsscript.json')): WorldOptions {
  return { ...PACTE_ACCOUNT, ...manifestOptions(manifestPath) };
}
