/** CacheService: script, user and document caches whose entries expire on the test clock. */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import { AppsScriptException } from '../core/errors';
import type { World } from '../core/world';
import { ScopedMaps, ScopedService } from './scopes';

/** Reference (Class Cache): keys up to 250 characters, values up to 100 KB, 6 h at most, 10 min by default. */
export const CACHE_KEY_MAX_CHARS = 250;
export const CACHE_VALUE_MAX_BYTES = 100 * 1024;
export const CACHE_DEFAULT_SECONDS = 600;
export const CACHE_MAX_SECONDS = 21600;
/** Reference: "The cap for cached items is 1,000"; the oldest entries are evicted past it. */
export const CACHE_MAX_ITEMS = 1000;

interface Entry {
  value: string;
  expiresMs: number;
}

export function cacheState(world: World): ScopedMaps<Entry> {
  return world.state('script.cache', () => new ScopedMaps<Entry>());
}

type CacheApi = ApiSubset<GoogleAppsScript.Cache.Cache, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'>;

export class Cache extends Emulated implements CacheApi {
  constructor(
    private readonly world: World,
    private readonly entries: Map<string, Entry>,
  ) {
    super('Cache', world.log);
  }

  get(key: string): string | null {
    const k = checkKey(key);
    const e = this.entries.get(k);
    if (!e) return null;
    if (e.expiresMs <= this.world.clock.now()) {
      this.entries.delete(k);
      return null;
    }
    return e.value;
  }

  /** Only the keys found (and not expired) appear in the result. */
  getAll(keys: string[]): { [key: string]: string } {
    const out: { [key: string]: string } = {};
    for (const key of keys) {
      const v = this.get(key);
      if (v !== null) out[key] = v;
    }
    return out;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    this.store(checkKey(key), value, expirationInSeconds);
  }

  putAll(values: { [key: string]: string }, expirationInSeconds?: number): void {
    const checked = Object.entries(values).map(([k, v]) => [checkKey(k), checkValue(v)] as const);
    for (const [k, v] of checked) this.store(k, v, expirationInSeconds);
  }

  remove(key: string): void {
    this.entries.delete(checkKey(key));
  }

  removeAll(keys: string[]): void {
    for (const k of keys) this.entries.delete(checkKey(k));
  }

  private store(key: string, value: unknown, seconds: number | undefined): void {
    const v = checkValue(value);
    // The reference gives 21600 s as the maximum; longer requests are kept 6 h (no error reported).
    const s = Math.min(seconds === undefined ? CACHE_DEFAULT_SECONDS : Number(seconds), CACHE_MAX_SECONDS);
    this.entries.delete(key);
    this.entries.set(key, { value: v, expiresMs: this.world.clock.now() + s * 1000 });
    while (this.entries.size > CACHE_MAX_ITEMS) this.entries.delete(this.entries.keys().next().value as string);
  }
}

function checkKey(key: unknown): string {
  const k = String(key);
  if (k.length > CACHE_KEY_MAX_CHARS) throw new AppsScriptException('Argument too large: key');
  return k;
}

function checkValue(value: unknown): string {
  const v = String(value);
  if (Buffer.byteLength(v, 'utf8') > CACHE_VALUE_MAX_BYTES) throw new AppsScriptException('Argument too large: value');
  return v;
}

type CacheServiceApi = ApiSubset<GoogleAppsScript.Cache.CacheService, 'getScriptCache' | 'getUserCache' | 'getDocumentCache'>;

export class CacheService extends ScopedService<Cache> implements CacheServiceApi {
  constructor(world: World) {
    super('CacheService', world);
  }

  protected _forScope(key: string): Cache {
    return new Cache(this.world, cacheState(this.world).get(key));
  }

  getScriptCache(): Cache {
    return this._script();
  }

  getUserCache(): Cache {
    return this._user();
  }

  getDocumentCache(): Cache | null {
    return this._document();
  }
}
