/** Where the parsed Paramètres are cached; shared by the settings loader and the store (which clears it). */
const CACHE_KEY = 'pacte.settings.v1';

export function cachedSettingsJson(): string | null {
  return CacheService.getDocumentCache()?.get(CACHE_KEY) ?? null;
}

export function cacheSettingsJson(json: string): void {
  CacheService.getDocumentCache()?.put(CACHE_KEY, json, 600);
}

export function forgetSettings(): void {
  CacheService.getDocumentCache()?.remove(CACHE_KEY);
}
