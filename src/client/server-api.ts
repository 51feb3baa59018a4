/**
 * The sidebar's one way to call the server: a typed promise over google.script.run.
 * Types come from the entry points' declarations (src/domain/contracts/api.ts), which the server
 * checks every argument against: a renamed function or a wrong argument fails to compile.
 */
import { REQUEST_ENDPOINTS, type EndpointName, type ParamsOf, type ResultOf } from '../domain/contracts/api';
import { splitErrorFields, type ErrorField } from '../domain/contracts/field-errors';

/** What survives google.script.run: plain JSON (no Date, no functions). */
type Jsonify<T> = T extends Date ? never : T extends (infer U)[] ? Jsonify<U>[] : T extends object ? { [K in keyof T]: Jsonify<T[K]> } : T;

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

/**
 * Every write takes a request ID as its last argument. One is made per user action and kept until the
 * action succeeds: a second click while the first call runs, or pressing the button again after an
 * error (same function, same arguments), sends the same ID, and the server returns the first answer
 * or finishes the first attempt instead of writing twice.
 */
const WRITES: ReadonlySet<string> = new Set(REQUEST_ENDPOINTS);
const pending = new Map<string, string>();

function newRequestId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A refusal from the server: its message as the user reads it, and the fields it names (domain/contracts/field-errors.ts). */
export class ServerError extends Error {
  readonly fields: readonly ErrorField[];
  constructor(text: string) {
    const { message, fields } = splitErrorFields(text);
    super(message);
    this.name = 'ServerError';
    this.fields = fields;
  }
}

export function callServer<K extends EndpointName>(name: K, ...args: ParamsOf<K>): Promise<Jsonify<ResultOf<K>>> {
  const action = WRITES.has(name as string) ? `${String(name)}\u0001${JSON.stringify(args)}` : '';
  let requestId = action ? pending.get(action) : undefined;
  if (action && !requestId) pending.set(action, (requestId = newRequestId()));
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => {
        if (action) pending.delete(action);
        resolve(value as Jsonify<ResultOf<K>>);
      })
      .withFailureHandler((error) => reject(new ServerError(error instanceof Error ? error.message : String(error))));
    (runner[name as string] as (...a: unknown[]) => void)(...args, ...(requestId ? [requestId] : []));
  });
}
