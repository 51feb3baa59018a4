/** PropertiesService: script, user and document stores of strings, with Google's size limits. */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import { AppsScriptException } from '../core/errors';
import type { World } from '../core/world';
import { ScopedMaps, ScopedService } from './scopes';

/** Quotas page: "Properties value size 9 KB / val", "Properties total storage 500 KB / property store". */
export const PROPERTY_VALUE_MAX_BYTES = 9 * 1024;
export const PROPERTY_STORE_MAX_BYTES = 500 * 1024;
export const PROPERTY_QUOTA_MESSAGE = 'You have exceeded the property storage quota. Please remove some properties and try again.';

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export function propertiesState(world: World): ScopedMaps<string> {
  return world.state('script.properties', () => new ScopedMaps<string>());
}

type PropertiesApi = ApiSubset<
  GoogleAppsScript.Properties.Properties,
  'getProperty' | 'setProperty' | 'setProperties' | 'getProperties' | 'getKeys' | 'deleteProperty' | 'deleteAllProperties'
>;

export class Properties extends Emulated implements PropertiesApi {
  constructor(
    world: World,
    private readonly store: Map<string, string>,
  ) {
    super('Properties', world.log);
  }

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }

  setProperty(key: string, value: string): Properties {
    this.write({ [String(key)]: value }, false);
    return this;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): Properties {
    this.write(properties, deleteAllOthers === true);
    return this;
  }

  /** A copy: changing it does not change the store. */
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  deleteProperty(key: string): Properties {
    this.store.delete(String(key));
    return this;
  }

  deleteAllProperties(): Properties {
    this.store.clear();
    return this;
  }

  /** All or nothing: a refused write leaves the store as it was. */
  private write(values: { [key: string]: unknown }, deleteAllOthers: boolean): void {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.store);
    for (const [k, v] of Object.entries(values)) {
      // Guide: "Data types that are not already strings are automatically converted to strings".
      const s = String(v);
      if (bytes(s) > PROPERTY_VALUE_MAX_BYTES) throw new AppsScriptException(PROPERTY_QUOTA_MESSAGE);
      next.set(k, s);
    }
    let total = 0;
    for (const [k, v] of next) total += bytes(k) + bytes(v);
    if (total > PROPERTY_STORE_MAX_BYTES) throw new AppsScriptException(PROPERTY_QUOTA_MESSAGE);
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
  }
}

type PropertiesServiceApi = ApiSubset<GoogleAppsScript.Properties.PropertiesService, 'getScriptProperties' | 'getUserProperties' | 'getDocumentProperties'>;

export class PropertiesService extends ScopedService<Properties> implements PropertiesServiceApi {
  constructor(world: World) {
    super('PropertiesService', world);
  }

  protected _forScope(key: string): Properties {
    return new Properties(this.world, propertiesState(this.world).get(key));
  }

  getScriptProperties(): Properties {
    return this._script();
  }

  getUserProperties(): Properties {
    return this._user();
  }

  getDocumentProperties(): Properties | null {
    return this._document();
  }
}
