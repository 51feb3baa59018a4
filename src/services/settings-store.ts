/**
 * Reads Paramètres once and keeps it in the document cache, so an API call checking the
 * caller's role costs no Sheets call; any edit of Paramètres (by Pacte or by hand) clears it.
 */
import { SETTINGS } from '../domain/schema/tables';
import { parseSettings, type Settings } from '../domain/settings/settings';
import { SheetTable } from './sheet-table';
import type { StoreContext } from './store-context';
import { cachedSettingsJson, cacheSettingsJson } from './settings-cache';

export { forgetSettings } from './settings-cache';

export function loadSettings(ctx: StoreContext): Settings {
  const hit = cachedSettingsJson();
  if (hit) return JSON.parse(hit) as Settings;
  const settings = parseSettings(
    SheetTable.open(ctx, SETTINGS)
      .all()
      .map((s) => s.record),
  );
  cacheSettingsJson(JSON.stringify(settings));
  return settings;
}
