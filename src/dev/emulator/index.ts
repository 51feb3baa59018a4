/**
 * The in-memory Apps Script emulator. One function installs it:
 *
 *   const world = installEmulator(globalThis);        // or a node:vm context
 *   world.run(() => onOpen({ authMode: 'FULL' }), { user: 'staff@org.ml' });
 *
 * Every service global Pacte uses is defined on `target`; `world` gives tests the
 * clock, users, executions, Drive contents, sent mail and the per-method call counts.
 */
import { World, type WorldOptions } from './core/world';
import { installSpreadsheetApp } from './spreadsheet';
import { installDocumentApp } from './document';
import { installDriveApp } from './drive';
import { installFormApp } from './forms';
import { installMailApp } from './mail';
import { installScriptServices } from './script';

export { World } from './core/world';
export type { WorldOptions, ExecutionOptions, Execution, AuthMode } from './core/world';
export { NotEmulatedError } from './core/emulated';

export function createGlobals(world: World): Record<string, unknown> {
  return {
    ...installSpreadsheetApp(world),
    ...installDocumentApp(world),
    ...installDriveApp(world),
    ...installFormApp(world),
    ...installMailApp(world),
    ...installScriptServices(world),
  };
}

export function installEmulator(target: object = globalThis, opts: WorldOptions = {}): World {
  const world = new World(opts);
  Object.assign(target, createGlobals(world));
  world.scope = target as Record<string, unknown>;
  return world;
}
