/**
 * Emulator-only: two users' executions interleaved the way Apps Script's servers may run them — the
 * first runs until just before its n-th service call, the second then runs to its end, and the first
 * resumes. The emulator cannot switch inside a call, so switches happen at service-call boundaries
 * (through the CallLog guard, which sees every counted call before it runs).
 */
import type { World } from './world';

export interface Turn<T> {
  user: string;
  run: () => T;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: Error };

function attempt<T>(fn: () => T): Outcome<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    return { ok: false, error: e as Error };
  }
}

export interface Interleaving<A, B> {
  first: Outcome<A>;
  /** null when the first made fewer than `at` calls (the second never ran). */
  second: Outcome<B> | null;
  /** Counted calls the first made. */
  calls: number;
}

/** Runs `first`, switching to `second` (run whole) just before the first's `at`-th counted call. */
export function _interleave<A, B>(world: World, at: number, first: Turn<A>, second: Turn<B>): Interleaving<A, B> {
  const previous = world.log.guard;
  const mine = world.begin({ user: first.user, cause: 'interleaved' });
  let calls = 0;
  let other: Outcome<B> | null = null;
  world.log.guard = (name) => {
    previous?.(name);
    if (world.execution !== mine) return; // the second execution's own calls
    calls++;
    if (calls !== at) return;
    const theirs = world.begin({ user: second.user, cause: 'interleaved' });
    other = attempt(second.run);
    world.end(theirs);
    world.enter(mine);
  };
  let result: Outcome<A>;
  try {
    result = attempt(first.run);
  } finally {
    world.log.guard = previous;
    world.end(mine);
  }
  return { first: result, second: other, calls };
}
