/**
 * The sidebar's one way to call the server: a typed promise over google.script.run.
 * Types come from the server's own exports, so a renamed or re-typed function fails to compile.
 */
import type * as Server from '../server/index';

type ServerFunctions = typeof Server;
type Args<K extends keyof ServerFunctions> = ServerFunctions[K] extends (...a: infer A) => unknown ? A : never;
type Result<K extends keyof ServerFunctions> = ServerFunctions[K] extends (...a: never[]) => infer R ? R : never;

/** What survives google.script.run: plain JSON (no Date, no functions). */
type Jsonify<T> = T extends Date ? never : T extends (infer U)[] ? Jsonify<U>[] : T extends object ? { [K in keyof T]: Jsonify<T[K]> } : T;

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

export function callServer<K extends keyof ServerFunctions>(name: K, ...args: Args<K>): Promise<Jsonify<Result<K>>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run.withSuccessHandler((value) => resolve(value as Jsonify<Result<K>>)).withFailureHandler((error) => reject(error));
    (runner[name as string] as (...a: unknown[]) => void)(...args);
  });
}
