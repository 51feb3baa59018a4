/**
 * Makes an emulator object behave like an Apps Script service object:
 * every public method call is counted, and any method the emulator lacks throws
 * `Not emulated: Class.method` when called instead of silently returning undefined.
 */
import type { CallLog } from './call-log';

/** Properties probed by JS runtimes and test tools (await, JSON, jest): never reported as missing. */
const PROBED = new Set(['then', 'toJSON', 'asymmetricMatch', 'nodeType', 'tagName', 'constructor', 'inspect', 'length']);

export class NotEmulatedError extends Error {
  constructor(className: string, method: string) {
    super(`Not emulated: ${className}.${method}`);
    this.name = 'NotEmulatedError';
  }
}

const wrappers = new WeakMap<object, Map<string, unknown>>();

export function emulate<T extends object>(target: T, className: string, log: CallLog): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof prop === 'symbol') return value;
      if (value === undefined && !(prop in obj)) {
        if (PROBED.has(prop) || /^[_$@]/.test(prop)) return undefined;
        return () => {
          throw new NotEmulatedError(className, prop);
        };
      }
      if (typeof value !== 'function' || prop.startsWith('_') || prop in Object.prototype) return value;
      let cache = wrappers.get(obj);
      if (!cache) wrappers.set(obj, (cache = new Map()));
      let wrapped = cache.get(prop);
      if (!wrapped) {
        const name = `${className}.${prop}`;
        const fn = value as (...args: unknown[]) => unknown;
        wrapped = function (this: unknown, ...args: unknown[]) {
          let failAfter: string | null = null;
          if (log.depth === 0) {
            log.guard?.(name);
            log.record(name);
            failAfter = log.faults._before(name);
          }
          log.depth++;
          let result: unknown;
          try {
            result = fn.apply(this, args);
          } finally {
            log.depth--;
          }
          if (failAfter !== null) throw new Error(failAfter);
          return result;
        };
        cache.set(prop, wrapped);
      }
      return wrapped;
    },
  });
}

/**
 * Base class of every emulated Apps Script class. Members whose name starts with `_`
 * are emulator internals: not counted, and not part of Google's API.
 * Do not use `#private` fields in subclasses (they do not work through a Proxy).
 */
export abstract class Emulated {
  protected constructor(className: string, log: CallLog) {
    return emulate(this, className, log);
  }
}
