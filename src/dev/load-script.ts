/**
 * Loads the built Code.js into a fresh node:vm context that holds only the Apps Script globals
 * (as Google's V8 runtime would), with the emulator behind them, under the scopes and advanced
 * services of the built appsscript.json. Tests, the sandbox and the benchmarks all run the real
 * bundle this way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { installEmulator, type InstallOptions, type World } from './emulator';
import { pacteWorldOptions } from './pacte-world';
import type { Api, EndpointName, ParamsOf, ResultOf } from '../domain/contracts/api';

/** The declared arguments, and the request ID the sidebar adds to the endpoints that take one. */
export type CallArgs<K extends EndpointName> = Api[K]['writes'] extends 'write' ? [...ParamsOf<K>, requestId?: string] : ParamsOf<K>;

/** npm scripts and jest run from the project root. */
export const DIST = join(process.cwd(), 'build', 'dist');

export interface LoadedScript {
  world: World;
  /** The script's global scope: every top-level function of Code.js is a property. */
  context: vm.Context & Record<string, unknown>;
  /** Calls an entry point as google.script.run or a menu would, typed by its declaration: one execution. */
  call<K extends EndpointName>(name: K, args?: CallArgs<K>, opts?: { user?: string }): ResultOf<K>;
  /** Calls any top-level function with anything a page could send (tests of refusals, the fidelity bundle). */
  callRaw<T = unknown>(name: string, args?: unknown[], opts?: { user?: string }): T;
}

/** Pacte ships as an editor add-on: Google's add-on trigger rules apply unless `addOn: false` (a bound script). */
export function loadScript(opts: InstallOptions & { dist?: string } = {}): LoadedScript {
  const dist = opts.dist ?? DIST;
  const context = vm.createContext({}) as vm.Context & Record<string, unknown>;
  // Pacte's account under the built manifest (scopes, advanced services, time zone), unless a test sets its own; an add-on by default.
  const world = installEmulator(context, { ...pacteWorldOptions(join(dist, 'appsscript.json')), addOn: true, ...opts, clockedDate: true });
  // Pacte has a sidebar; the fidelity bundle (build/fidelity) has none.
  const sidebar = join(dist, 'Sidebar.html');
  if (existsSync(sidebar)) world.projectFiles.set('Sidebar', readFileSync(sidebar, 'utf8'));
  new vm.Script(readFileSync(join(dist, 'Code.js'), 'utf8'), { filename: 'Code.js' }).runInContext(context);
  const callRaw = <T>(name: string, args: readonly unknown[] = [], o: { user?: string } = {}): T => {
    const fn = context[name];
    if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
    return world.run(() => (fn as (...a: unknown[]) => T)(...args), { user: o.user ?? world.owner, cause: name });
  };
  const call = <K extends EndpointName>(name: K, args?: CallArgs<K>, o?: { user?: string }): ResultOf<K> => callRaw<ResultOf<K>>(name, args, o);
  return { world, context, call, callRaw };
}
