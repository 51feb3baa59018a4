/** What CacheService, LockService and PropertiesService share: one object per scope (script, user, bound document). */
import { Emulated } from '../core/emulated';
import type { World } from '../core/world';

/** Maps kept per scope key, created on first use (cache entries, property stores). */
export class ScopedMaps<V> {
  readonly maps = new Map<string, Map<string, V>>();
  get(key: string): Map<string, V> {
    let m = this.maps.get(key);
    if (!m) this.maps.set(key, (m = new Map()));
    return m;
  }
}

export abstract class ScopedService<T> extends Emulated {
  protected constructor(
    className: string,
    protected readonly world: World,
  ) {
    super(className, world.log);
  }

  /** The service's object for a scope key: 'script', 'user:<email>' or 'doc:<id>'. */
  protected abstract _forScope(key: string): T;

  protected _script(): T {
    return this._forScope('script');
  }

  /**
   * Per user running the code; users Google does not identify ('') share one scope here. An
   * installable trigger runs as its creator: its user store is the creator's, even when Session
   * hides the active user's e-mail (PropertiesService reference: "specific to the current user").
   */
  protected _user(): T {
    const exec = this.world.execution;
    return this._forScope('user:' + (exec.cause.startsWith('trigger:') ? exec.effectiveUser : exec.user));
  }

  /** Reference: null when the script is not bound to (or running as an add-on in) a document. */
  protected _document(): T | null {
    const id = this.world.activeSpreadsheetId;
    return id ? this._forScope('doc:' + id) : null;
  }
}
