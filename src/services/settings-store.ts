/**
 * Reads Paramètres once and keeps it in the document cache, so an API call costs no Sheets call
 * for it; any edit of Paramètres (by Pacte or by hand) clears it. The roles are not part of it:
 * they come from the role table on every call (services/role-store.ts), never from the cache.
 */
import { SETTINGS } from '../domain/schema/tables';
import { parseSettings, type Settings } from '../domain/settings/settings';
import { SheetTable } from './sheet-table';
import type { StoreContext } from './store-context';
import { cachedSettingsJson, cacheSettingsJson } from './settings-cache';
import { currentRoles } from './role-store';

export { forgetSettings } from './settings-cache';

export function loadSettings(ctx: StoreContext): Settings {
  return { ...loadSheetSettings(ctx), roles: currentRoles(ctx) };
}

/** Paramètres without the roles (their `roles` is empty): for a caller that already holds them. */
export function loadSheetSettings(ctx: StoreContext): Settings {
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
