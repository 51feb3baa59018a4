/**
 * The in-memory Apps Script emulator. One function installs it:
 *
 *   const world = installEmulator(globalThis);        // or a node:vm context
 *   world.run(() => onOpen({ authMode: 'FULL' }), { user: 'staff@example.com' });
 *
 * Every emulated service global is defined on `target`; `world` gives tests the
 * clock, users, executions, Drive contents, sent mail and the per-method call counts.
 */
import { World, type WorldOptions } from './core/world';
import { installSpreadsheetApp } from './spreadsheet';
import { installDocumentApp } from './document';
import { installDriveApp } from './drive';
import { installAdvancedDrive } from './drive-v3';
import { installFormApp } from './forms';
import { installMailApp } from './mail';
import { installScriptServices } from './script';
import { installUrlFetchApp } from './url-fetch';

export { World, WORLD_DEFAULTS } from './core/world';
export type { WorldOptions, ExecutionOptions, Execution, AuthMode, AdvancedService } from './core/world';
export { NotEmulatedError } from './core/emulated';
export { snapshotWorld, type WorldSnapshot } from './core/snapshot';

export function createGlobals(world: World): Record<string, unknown> {
  return {
    ...installSpreadsheetApp(world),
    ...installDocumentApp(world),
    ...installDriveApp(world),
    ...installAdvancedDrive(world),
    ...installFormApp(world),
    ...installMailApp(world),
    ...installUrlFetchApp(world),
    ...installScriptServices(world),
  };
}

/**
 * A Date whose "now" is the world's test clock, so server code calling `new Date()` sees
 * emulated time. Installed into node:vm contexts (the built Code.js); optional on globalThis.
 */
export function clockedDate(world: World): DateConstructor {
  const Real = Date;
  class EmulatedDate extends Real {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(world.clock.now());
      else super(...(args as [string]));
    }
    static override now(): number {
      return world.clock.now();
    }
    /** Dates made by the emulator (outside a vm context) are Dates too. */
    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof Real;
    }
  }
  return EmulatedDate as unknown as DateConstructor;
}

export interface InstallOptions extends WorldOptions {
  /** Replace target.Date so `new Date()` follows world.clock (default: true except on globalThis). */
  clockedDate?: boolean;
}

export function installEmulator(target: object = globalThis, opts: InstallOptions = {}): World {
  const world = new World(opts);
  Object.assign(target, createGlobals(world));
  if (opts.clockedDate ?? target !== globalThis) (target as { Date: DateConstructor }).Date = clockedDate(world);
  world.scope = target as Record<string, unknown>;
  return world;
}
