/**
 * The sidebar's one way to call the server: a typed promise over google.script.run.
 * Types come from the entry points' declarations (src/domain/contracts/api.ts), which the server
 * checks every argument against: a renamed function or a wrong argument fails to compile.
 */
import { REQUEST_ENDPOINTS, type EndpointName, type ParamsOf, type ResultOf } from '../domain/contracts/api';

/** What survives google.script.run: plain JSON (no Date, no functions). */
type Jsonify<T> = T extends Date ? never : T extends (infer U)[] ? Jsonify<U>[] : T extends object ? { [K in keyof T]: Jsonify<T[K]> } : T;

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

/**
 * Multi-step writes take a request ID as their last argument. One is made per user action and kept
 * until the action succeeds: pressing the button again after an error (same function, same arguments)
 * sends the same ID, and the server finishes the first attempt instead of doing it twice.
 */
const MULTI_STEP: ReadonlySet<string> = new Set(REQUEST_ENDPOINTS);
const pending = new Map<string, string>();

function newRequestId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function callServer<K extends EndpointName>(name: K, ...args: ParamsOf<K>): Promise<Jsonify<ResultOf<K>>> {
  const action = MULTI_STEP.has(name as string) ? `${String(name)}\u0001${JSON.stringify(args)}` : '';
  let requestId = action ? pending.get(action) : undefined;
  if (action && !requestId) pending.set(action, (requestId = newRequestId()));
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => {
        if (action) pending.delete(action);
        resolve(value as Jsonify<ResultOf<K>>);
      })
      .withFailureHandler((error) => reject(error));
    (runner[name as string] as (...a: unknown[]) => void)(...args, ...(requestId ? [requestId] : []));
  });
}
