/**
 * Reads Paramètres once and keeps it in the document cache, so an API call checking the
 * caller's role costs no Sheets call; any edit of Paramètres (by Pacte or by hand) clears it.
 */
import { SETTINGS } from '../domain/schema/tables';
import { parseSettings, type Settings } from '../domain/settings/settings';
import { SheetTable } from './sheet-table';
import type { StoreContext } from './store-context';

const CACHE_KEY = 'pacte.settings.v1';

export function loadSettings(ctx: StoreContext): Settings {
  const cache = CacheService.getDocumentCache();
  const hit = cache?.get(CACHE_KEY);
  if (hit) return JSON.parse(hit) as Settings;
  const settings = parseSettings(SheetTable.open(ctx, SETTINGS).all().map((s) => s.record));
  cache?.put(CACHE_KEY, JSON.stringify(settings), 600);
  return settings;
}

export function forgetSettings(): void {
  CacheService.getDocumentCache()?.remove(CACHE_KEY);
}
