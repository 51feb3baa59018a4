/**
 * Fires installable triggers: form submissions (from FormApp's 'formSubmit' event) and
 * time-driven triggers as the test clock moves. Each run is its own execution as the
 * trigger's creator; a handler's error is recorded (Google emails a failure notice), never
 * thrown back to whoever caused the event.
 */
import type { AuthMode, World } from '../core/world';
import { _displayDateTime } from '../spreadsheet';
import { SpreadsheetModel } from '../spreadsheet/model';
import type { CellValue } from '../spreadsheet/model';
import { formatDate } from './format-date';
import { type FailedRun, type TriggerRecord, nextDue, triggerState } from './trigger-model';
import { wallClock } from '../core/time-zone';

/** What FormApp emits ('formSubmit') when a response lands in its destination spreadsheet. */
export interface FormSubmitPayload {
  spreadsheetId?: string | null;
  formId: string;
  sheetName?: string | null;
  range?: { row: number; numColumns: number } | null;
  /** Cells as displayed and header → [value], when FormApp computed them. */
  values?: string[];
  namedValues?: Record<string, string[]>;
  response?: unknown;
}

/** What FormApp emits ('formSubmit:form') for every response, for triggers on the form itself. */
export interface FormResponsePayload {
  formId: string;
  response?: unknown;
}

export function runTrigger(world: World, t: TriggerRecord, cause: string, event: Record<string, unknown>): void {
  const fn = world.scope[t.handler];
  const fail = (message: string): void => {
    triggerState(world).failures.push({ triggerUid: t.id, handler: t.handler, cause, message, atMs: world.clock.now() });
  };
  if (typeof fn !== 'function') {
    fail(`Script function not found: ${t.handler}`);
    return;
  }
  // The event may be raised from inside an emulated call (FormApp): the handler is user code again.
  const depth = world.log.depth;
  world.log.depth = 0;
  try {
    // Event objects reference: "Events produced by installable triggers include a triggerUid".
    world.run(() => (fn as (e: unknown) => unknown)({ authMode: 'FULL', triggerUid: t.id, ...event }), {
      // https://developers.google.com/apps-script/reference/base/session#getActiveUser() — the email is
      // not available "in any context that allows a script to run without that user's authorization";
      // whether a trigger's creator counts is not said: blank by default (WorldOptions.triggerActiveUser).
      user: world.triggerActiveUser === 'creator' ? t.creator : '',
      effectiveUser: t.creator,
      authMode: 'FULL',
      cause,
    });
  } catch (err) {
    fail(err instanceof Error ? err.message : String(err));
  } finally {
    world.log.depth = depth;
  }
}

/** The reserved names of simple triggers in an editor add-on. */
export type SimpleTriggerName = 'onOpen' | 'onEdit' | 'onInstall' | 'onSelectionChange';

/** Simple triggers reference (https://developers.google.com/apps-script/guides/triggers#restrictions): "They cannot run for longer than 30 seconds." */
export const SIMPLE_TRIGGER_LIMIT_MS = 30 * 1000;

export interface SimpleTriggerOptions {
  user?: string;
  /**
   * Whether the add-on is enabled in the document (someone used it there). Editor add-on
   * authorization (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle):
   * onOpen runs in "AuthMode.NONE (unless enabled, then AuthMode.LIMITED)"; onInstall in FULL.
   */
  enabled?: boolean;
}

/** The authorization mode Google gives a simple trigger. */
export function simpleTriggerAuthMode(name: SimpleTriggerName, enabled: boolean): AuthMode {
  if (name === 'onInstall') return 'FULL';
  if (name === 'onOpen' && !enabled) return 'NONE';
  return 'LIMITED';
}

/** Runs a simple trigger as Sheets would: its own execution, its auth mode, the 30-second limit; errors are thrown to the test. */
export function runSimpleTrigger(world: World, name: SimpleTriggerName, event: Record<string, unknown>, opts: SimpleTriggerOptions = {}): unknown {
  const fn = world.scope[name];
  if (typeof fn !== 'function') throw new Error(`Script function not found: ${name}`);
  const authMode = simpleTriggerAuthMode(name, opts.enabled ?? true);
  return world.run(() => (fn as (e: unknown) => unknown)({ authMode, ...event }), {
    user: opts.user ?? world.owner,
    authMode,
    cause: `simple:${name}`,
    timeLimitMs: SIMPLE_TRIGGER_LIMIT_MS,
  });
}

/** A cell as the sheet displays it (form-submit e.values are strings). */
function displayed(v: CellValue | undefined, model: SpreadsheetModel): string {
  if (v === undefined || v === '') return '';
  // Sheets shows a form timestamp in the spreadsheet's locale and zone.
  if (v instanceof Date) return _displayDateTime(v, model.locale, model.timeZone);
  return String(v);
}

/**
 * Builds the spreadsheet form-submit event: values, namedValues and, when SpreadsheetApp is
 * installed, range and source. Only what the model holds is given; nothing is invented.
 */
function spreadsheetEvent(world: World, p: FormSubmitPayload): Record<string, unknown> {
  const event: Record<string, unknown> = {};
  const rec = p.spreadsheetId ? world.drive.get(p.spreadsheetId) : undefined;
  const model = rec?.content instanceof SpreadsheetModel ? rec.content : null;
  const sheet = model && p.sheetName ? model.sheetByName(p.sheetName) : undefined;
  if (p.values) {
    event.values = p.values.slice();
    event.namedValues = Object.fromEntries(Object.entries(p.namedValues ?? {}).map(([k, v]) => [k, v.slice()]));
  } else if (model && sheet && p.range) {
    const row = sheet.values[p.range.row - 1] ?? [];
    const headers = sheet.values[0] ?? [];
    const values: string[] = [];
    const named: Record<string, string[]> = {};
    for (let c = 0; c < p.range.numColumns; c++) {
      const text = displayed(row[c], model);
      values.push(text);
      const title = displayed(headers[c], model);
      (named[title] ??= []).push(text);
    }
    event.values = values;
    event.namedValues = named;
  }
  if (model && sheet && p.range) {
    const app = world.scope.SpreadsheetApp as
      { openById?(id: string): { getSheetByName(n: string): { getRange(r: number, c: number, nr: number, nc: number): unknown } | null } } | undefined;
    if (app?.openById) {
      world.log.depth++;
      try {
        const ss = app.openById(model.fileId);
        event.source = ss;
        event.range = ss.getSheetByName(p.sheetName as string)?.getRange(p.range.row, 1, 1, p.range.numColumns);
      } catch {
        // SpreadsheetApp not emulated far enough: the event keeps values and namedValues only.
      } finally {
        world.log.depth--;
      }
    }
  }
  return event;
}

/** Spreadsheet onFormSubmit triggers of the destination spreadsheet. */
export function onSpreadsheetFormSubmit(world: World, payload: unknown): void {
  const p = payload as FormSubmitPayload;
  const matching = triggerState(world).triggers.filter(
    (t) => t.eventType === 'ON_FORM_SUBMIT' && t.source === 'SPREADSHEETS' && t.sourceId === p.spreadsheetId,
  );
  for (const t of matching) runTrigger(world, t, 'trigger:onFormSubmit', spreadsheetEvent(world, p));
}

/** Form onFormSubmit triggers: the event carries the FormResponse (e.response). */
export function onFormResponse(world: World, payload: unknown): void {
  const p = payload as FormResponsePayload;
  const matching = triggerState(world).triggers.filter((t) => t.eventType === 'ON_FORM_SUBMIT' && t.source === 'FORMS' && t.sourceId === p.formId);
  for (const t of matching) runTrigger(world, t, 'trigger:onFormSubmit', { response: p.response });
}

/** The time-driven event object (reference: Event objects, Time-driven). */
function clockEvent(world: World, t: TriggerRecord, at: number): Record<string, unknown> {
  const tz = t.clock?.timeZone ?? world.timeZone;
  const w = wallClock(tz, at);
  const dayOfYear = Number(formatDate(new Date(at), tz, 'D'));
  return {
    year: w.year,
    month: w.month,
    'day-of-month': w.day,
    // Reference: 1 = Monday … 7 = Sunday; week-of-year approximated from the day of the year.
    'day-of-week': w.weekday === 0 ? 7 : w.weekday,
    'week-of-year': Math.ceil(dayOfYear / 7),
    hour: w.hour,
    minute: w.minute,
    second: w.second,
    timezone: tz,
  };
}

/** Runs, in time order, every clock trigger due up to `untilMs`, moving the clock to each run. */
export function runClockTriggers(world: World, untilMs: number): number {
  const st = triggerState(world);
  let runs = 0;
  for (;;) {
    let next: TriggerRecord | null = null;
    for (const t of st.triggers) {
      if (t.eventType !== 'CLOCK' || t.nextDueMs === null || t.nextDueMs > untilMs) continue;
      if (!next || t.nextDueMs < (next.nextDueMs as number)) next = t;
    }
    if (!next) break;
    const at = next.nextDueMs as number;
    if (world.clock.now() < at) world.clock.set(at);
    next.nextDueMs = next.clock ? nextDue(next.clock, next.createdMs, at, next.clock.timeZone ?? world.timeZone) : null;
    runTrigger(world, next, 'trigger:clock', clockEvent(world, next, at));
    runs++;
  }
  if (world.clock.now() < untilMs) world.clock.set(untilMs);
  return runs;
}

export function failedRuns(world: World): readonly FailedRun[] {
  return triggerState(world).failures;
}
