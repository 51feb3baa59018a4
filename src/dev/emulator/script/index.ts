/** Installs ScriptApp, LockService, PropertiesService, CacheService, Session, Utilities, HtmlService, Logger. */
import type { World } from '../core/world';
import { installGuard } from './auth-guard';
import { CacheService } from './cache';
import { HtmlService } from './html';
import { LockService } from './lock';
import { Logger } from './logger';
import { PropertiesService } from './properties';
import { ScriptApp } from './script-app';
import { Session } from './session';
import type { FailedRun } from './trigger-model';
import {
  failedRuns,
  onFormResponse,
  onSpreadsheetFormSubmit,
  runClockTriggers,
  runSimpleTrigger,
  type SimpleTriggerName,
  type SimpleTriggerOptions,
} from './trigger-runner';
import { Utilities } from './utilities';

export function installScriptServices(world: World): Record<string, unknown> {
  installGuard(world);
  // Globals may be installed into several scopes over one world (a vm context and the test's realm):
  // triggers must still run once per event.
  const wiring = world.state('script.triggerWiring', () => ({ wired: false }));
  if (!wiring.wired) {
    wiring.wired = true;
    world.on('formSubmit', (payload) => onSpreadsheetFormSubmit(world, payload));
    world.on('formSubmit:form', (payload) => onFormResponse(world, payload));
  }
  return {
    ScriptApp: new ScriptApp(world),
    LockService: new LockService(world),
    PropertiesService: new PropertiesService(world),
    CacheService: new CacheService(world),
    Session: new Session(world),
    Utilities: new Utilities(world),
    HtmlService: new HtmlService(world),
    Logger: new Logger(world),
  };
}

// ---- emulator-only helpers for tests ------------------------------------

/** Trigger runs that threw (what Google's failure-notification email would list). */
export function _failedTriggerRuns(world: World): readonly FailedRun[] {
  return failedRuns(world);
}

/** Runs every time-driven trigger already due at the current clock time. Returns the number of runs. */
export function _runDueTriggers(world: World): number {
  return runClockTriggers(world, world.clock.now());
}

/** Moves the clock forward by `ms`, running each time-driven trigger due in that span, in order. */
export function _advanceTime(world: World, ms: number): number {
  return runClockTriggers(world, world.clock.now() + ms);
}

/** Fires a simple trigger (onOpen, onEdit, onInstall, onSelectionChange) with its auth mode and 30-second limit. */
export function _runSimpleTrigger(world: World, name: SimpleTriggerName, event: Record<string, unknown> = {}, opts: SimpleTriggerOptions = {}): unknown {
  return runSimpleTrigger(world, name, event, opts);
}

/** Clock time spent by the current execution so far. */
export function _elapsedMs(world: World): number {
  return world.clock.now() - world.execution.startedMs;
}

/** Whether the project runs as an editor add-on (see WorldOptions.addOn). */
export function _setAddOn(world: World, isAddOn: boolean): void {
  world.addOn = isAddOn;
}

export { unauthorizedUsers as _unauthorizedUsers } from './script-app';

/** Granular consent: `user` authorised the script but left these scopes unticked. */
export function _withholdScopes(world: World, user: string, scopes: readonly string[]): void {
  world.withheldScopes.set(user, new Set(scopes));
}
export { sessionState as _sessionState } from './session';
