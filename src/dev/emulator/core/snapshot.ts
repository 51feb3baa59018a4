/**
 * A World's state saved once and put back as often as needed: tests seed a workbook once per
 * file and start each test from the same state, in milliseconds instead of a fresh set-up.
 *
 * Every object reachable from the world (Drive files and their spreadsheets, documents and forms,
 * properties, cache, triggers, mail, clock, call log…) has its own slots recorded; restoring
 * writes them back into the same objects. Objects keep their identity, so whatever holds one
 * (a service installed on a script's globals, a test's handle) sees the restored state; objects
 * made after the snapshot are simply no longer reachable. The script's own global scope is the
 * script's, not the account's: it is left out.
 */
import type { World } from './world';

type Slots =
  | { kind: 'map'; entries: [unknown, unknown][] }
  | { kind: 'set'; values: unknown[] }
  | { kind: 'array'; items: unknown[] }
  | { kind: 'date'; ms: number }
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'object'; props: [PropertyKey, PropertyDescriptor][] };

/**
 * An object that saves itself faster than slot by slot (a sheet's formats span thousands of rows):
 * the call saves its state and returns what puts it back. What it holds is not visited.
 */
export const SNAPSHOT = Symbol('snapshot');
export interface Snapshottable {
  [SNAPSHOT](): () => void;
}

export interface WorldSnapshot {
  /** Puts the world back as it was when the snapshot was taken. */
  restore(): void;
}

/** Built-ins are checked by their tag, not instanceof: a script's values come from another realm (node:vm). */
const tagOf = (o: object): string => Object.prototype.toString.call(o);

function record(o: object): Slots {
  switch (tagOf(o)) {
    case '[object Map]': {
      const entries: [unknown, unknown][] = [];
      Map.prototype.forEach.call(o, (v: unknown, k: unknown) => entries.push([k, v]));
      return { kind: 'map', entries };
    }
    case '[object Set]': {
      const values: unknown[] = [];
      Set.prototype.forEach.call(o, (v: unknown) => values.push(v));
      return { kind: 'set', values };
    }
    case '[object Date]':
      return { kind: 'date', ms: Date.prototype.getTime.call(o) };
  }
  if (Array.isArray(o)) return { kind: 'array', items: Array.prototype.slice.call(o) };
  if (ArrayBuffer.isView(o)) return { kind: 'bytes', bytes: new Uint8Array(o.buffer.slice(o.byteOffset, o.byteOffset + o.byteLength)) };
  return { kind: 'object', props: Reflect.ownKeys(o).map((k) => [k, Reflect.getOwnPropertyDescriptor(o, k)!]) };
}

/** Whether `o` still holds `slots` (most of a workbook is unchanged by one test: checking is cheaper than writing). */
function holds(o: object, slots: Slots): boolean {
  switch (slots.kind) {
    case 'map':
      return sameMap(o as Map<unknown, unknown>, slots.entries);
    case 'set':
      return (o as Set<unknown>).size === slots.values.length && slots.values.every((v) => Set.prototype.has.call(o, v));
    case 'array': {
      const a = o as unknown[];
      return a.length === slots.items.length && slots.items.every((v, i) => a[i] === v);
    }
    case 'date':
      return Date.prototype.getTime.call(o) === slots.ms;
    case 'bytes':
      return false;
    case 'object': {
      const keys = Reflect.ownKeys(o);
      if (keys.length !== slots.props.length) return false;
      return slots.props.every(([k, d]) => {
        const now = Reflect.getOwnPropertyDescriptor(o, k);
        return now !== undefined && now.value === d.value && now.get === d.get && now.set === d.set;
      });
    }
  }
}

function sameMap(m: Map<unknown, unknown>, entries: [unknown, unknown][]): boolean {
  if (Reflect.get(Map.prototype, 'size', m) !== entries.length) return false;
  for (const [k, v] of entries) if (Map.prototype.get.call(m, k) !== v || (v === undefined && !Map.prototype.has.call(m, k))) return false;
  return true;
}

function put(o: object, slots: Slots): void {
  if (holds(o, slots)) return;
  switch (slots.kind) {
    case 'map':
      Map.prototype.clear.call(o);
      for (const [k, v] of slots.entries) Map.prototype.set.call(o, k, v);
      return;
    case 'set':
      Set.prototype.clear.call(o);
      for (const v of slots.values) Set.prototype.add.call(o, v);
      return;
    case 'array': {
      const a = o as unknown[];
      a.length = slots.items.length;
      for (let i = 0; i < slots.items.length; i++) if (i in slots.items) a[i] = slots.items[i];
      return;
    }
    case 'date':
      Date.prototype.setTime.call(o, slots.ms);
      return;
    case 'bytes':
      new Uint8Array((o as ArrayBufferView).buffer, (o as ArrayBufferView).byteOffset, (o as ArrayBufferView).byteLength).set(slots.bytes);
      return;
    case 'object': {
      const kept = new Set(slots.props.map(([k]) => k));
      for (const k of Reflect.ownKeys(o)) if (!kept.has(k)) Reflect.deleteProperty(o, k);
      for (const [k, d] of slots.props) Reflect.defineProperty(o, k, d);
    }
  }
}

/** What a slot refers to, to visit next. */
function referenced(slots: Slots): unknown[] {
  switch (slots.kind) {
    case 'map':
      return slots.entries.flat();
    case 'set':
      return slots.values;
    case 'array':
      return slots.items;
    case 'object':
      return slots.props.map(([, d]) => d.value);
    default:
      return [];
  }
}

/** Saves the world's state; `restore()` on the result puts it back, as many times as needed. */
export function snapshotWorld(world: World): WorldSnapshot {
  if (world.openExecutions().length) throw new Error('snapshotWorld: an execution is still open');
  const saved = new Map<object, Slots>();
  const selfSaved: (() => void)[] = [];
  // Functions are code, frozen objects cannot change: neither needs saving. The script's scope is left out.
  const skip = new Set<unknown>([world.scope]);
  const pending: unknown[] = [world];
  while (pending.length) {
    const o = pending.pop();
    if (typeof o !== 'object' || o === null || saved.has(o) || skip.has(o) || Object.isFrozen(o)) continue;
    if (SNAPSHOT in o) {
      skip.add(o);
      selfSaved.push((o as Snapshottable)[SNAPSHOT]());
      continue;
    }
    const slots = record(o);
    saved.set(o, slots);
    for (const r of referenced(slots)) if (typeof r === 'object' && r !== null) pending.push(r);
  }
  return {
    restore() {
      for (const [o, slots] of saved) put(o, slots);
      for (const restore of selfSaved) restore();
    },
  };
}
