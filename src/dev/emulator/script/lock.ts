/**
 * LockService: script, user and document locks held by an execution. Waiting advances the
 * test clock (nothing else can run meanwhile), and a lock is released when its execution ends.
 */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import { AppsScriptException } from '../core/errors';
import type { Execution, World } from '../core/world';
import { ScopedService } from './scopes';

/** Google's text when waitLock times out (quoted from logs; the reference only says it throws). */
export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export class LockState {
  /** Lock scope ('script', 'user:x', 'doc:id') → the execution holding it. */
  readonly holders = new Map<string, Execution>();
}

export function lockState(world: World): LockState {
  return world.state('script.lock', () => new LockState());
}

type LockApi = ApiSubset<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'>;

export class Lock extends Emulated implements LockApi {
  constructor(
    private readonly world: World,
    private readonly scope: string,
  ) {
    super('Lock', world.log);
  }

  /** Returns false, after `timeoutInMillis` of waiting, while another open execution holds the lock. */
  tryLock(timeoutInMillis: number): boolean {
    return this._acquire(timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    if (!this._acquire(timeoutInMillis)) throw new AppsScriptException(LOCK_TIMEOUT_MESSAGE);
  }

  releaseLock(): void {
    const st = lockState(this.world);
    if (st.holders.get(this.scope) === this.world.execution) st.holders.delete(this.scope);
  }

  hasLock(): boolean {
    return lockState(this.world).holders.get(this.scope) === this.world.execution;
  }

  _acquire(timeoutInMillis: number): boolean {
    const st = lockState(this.world);
    const exec = this.world.execution;
    const holder = st.holders.get(this.scope);
    if (holder && holder !== exec && !holder.ended) {
      this.world.clock.advance(Math.max(0, Math.floor(Number(timeoutInMillis) || 0)));
      return false;
    }
    if (holder === exec) return true;
    st.holders.set(this.scope, exec);
    const scope = this.scope;
    exec.onEnd(() => {
      if (st.holders.get(scope) === exec) st.holders.delete(scope);
    });
    return true;
  }
}

type LockServiceApi = ApiSubset<GoogleAppsScript.Lock.LockService, 'getScriptLock' | 'getUserLock' | 'getDocumentLock'>;

export class LockService extends ScopedService<Lock> implements LockServiceApi {
  constructor(world: World) {
    super('LockService', world);
  }

  protected _forScope(key: string): Lock {
    return new Lock(this.world, key);
  }

  getScriptLock(): Lock {
    return this._script();
  }

  getUserLock(): Lock {
    return this._user();
  }

  getDocumentLock(): Lock | null {
    return this._document();
  }
}
