/** Trigger and the builders of ScriptApp.newTrigger(): spreadsheet, form, document and clock triggers. */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import { AppsScriptException, invalidArgument } from '../core/errors';
import type { World } from '../core/world';
import { resolveZone } from '../core/time-zone';
import { type ClockSpec, type EventTypeName, type TriggerRecord, type TriggerSourceName, nextDue, triggerState, weekdayIndex } from './trigger-model';

/** Quotas page: 20 triggers per user per script. Text quoted by users hitting the limit. */
export const MAX_TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS = 'This script has too many triggers. Triggers must be deleted from the script before more can be added.';
/** Installable-trigger guide: "add-ons can only use time-driven triggers once an hour at most". Text as add-on developers quote it. */
export const ADDON_HOURLY_ONLY = 'Add-ons may not create time-based triggers to run more frequently than once per hour.';
/**
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions_1 — "Each
 * add-on can only have one trigger of each type, per user, per document." Google's text for a
 * second time-driven trigger, as users and add-on developers quote it ("Exception: This add-on has
 * created too many time-based triggers in this document for this Google user account."). No text
 * is quoted for the other types: the same sentence with the type's name is used.
 */
export function tooManyAddOnTriggers(eventType: EventTypeName): string {
  return `This add-on has created too many ${ADDON_TYPE_NAMES[eventType]} triggers in this document for this Google user account.`;
}
const ADDON_TYPE_NAMES: Record<EventTypeName, string> = {
  CLOCK: 'time-based',
  ON_OPEN: 'open',
  ON_EDIT: 'edit',
  ON_CHANGE: 'change',
  ON_FORM_SUBMIT: 'form-submit',
};
/** Text quoted from a real account for everyMinutes(2) (reference: n must be 1, 5, 10, 15 or 30). */
export const EVERY_MINUTES_INVALID = 'The value you passed to everyMinutes was invalid.';

type TriggerApi = ApiSubset<GoogleAppsScript.Script.Trigger, 'getUniqueId' | 'getHandlerFunction' | 'getEventType' | 'getTriggerSource' | 'getTriggerSourceId'>;

export class Trigger extends Emulated implements TriggerApi {
  constructor(
    world: World,
    readonly _record: TriggerRecord,
  ) {
    super('Trigger', world.log);
  }

  getUniqueId(): string {
    return this._record.id;
  }

  getHandlerFunction(): string {
    return this._record.handler;
  }

  getEventType(): GoogleAppsScript.Script.EventType {
    return this._record.eventType as unknown as GoogleAppsScript.Script.EventType;
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return this._record.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }

  /** The spreadsheet, form or document ID; null for a time-driven trigger. */
  getTriggerSourceId(): string {
    return this._record.sourceId as string;
  }
}

/** Registers a trigger for the current user, enforcing the per-user limit and, in an add-on, one trigger of each type per document. */
function register(world: World, handler: string, eventType: EventTypeName, source: TriggerSourceName, sourceId: string | null, clock?: ClockSpec): Trigger {
  const st = triggerState(world);
  const creator = world.execution.effectiveUser;
  const mine = st.triggers.filter((t) => t.creator === creator);
  if (mine.length >= MAX_TRIGGERS_PER_USER) throw new AppsScriptException(TOO_MANY_TRIGGERS);
  const documentId = sourceId ?? world.activeSpreadsheetId;
  if (world.addOn && mine.some((t) => t.eventType === eventType && t.documentId === documentId)) throw new AppsScriptException(tooManyAddOnTriggers(eventType));
  let id = String(1 + Math.floor(world.random() * 9));
  for (let i = 0; i < 18; i++) id += String(Math.floor(world.random() * 10));
  const now = world.clock.now();
  const record: TriggerRecord = { id, handler, eventType, source, sourceId, documentId, creator, createdMs: now, nextDueMs: null };
  if (clock) {
    record.clock = clock;
    record.nextDueMs = nextDue(clock, now, now, clock.timeZone ?? world.timeZone);
  }
  st.triggers.push(record);
  return new Trigger(world, record);
}

type SpreadsheetBuilderApi = ApiSubset<GoogleAppsScript.Script.SpreadsheetTriggerBuilder, 'onOpen' | 'onEdit' | 'onChange' | 'onFormSubmit' | 'create'>;

export class SpreadsheetTriggerBuilder extends Emulated implements SpreadsheetBuilderApi {
  private event: EventTypeName | null = null;
  constructor(
    private readonly world: World,
    private readonly handler: string,
    private readonly spreadsheetId: string,
  ) {
    super('SpreadsheetTriggerBuilder', world.log);
  }

  onOpen(): SpreadsheetTriggerBuilder {
    this.event = 'ON_OPEN';
    return this;
  }

  onEdit(): SpreadsheetTriggerBuilder {
    this.event = 'ON_EDIT';
    return this;
  }

  onChange(): SpreadsheetTriggerBuilder {
    this.event = 'ON_CHANGE';
    return this;
  }

  onFormSubmit(): SpreadsheetTriggerBuilder {
    this.event = 'ON_FORM_SUBMIT';
    return this;
  }

  create(): Trigger {
    if (!this.event) throw invalidArgument('eventType');
    return register(this.world, this.handler, this.event, 'SPREADSHEETS', this.spreadsheetId);
  }
}

export class FormTriggerBuilder extends Emulated implements ApiSubset<GoogleAppsScript.Script.FormTriggerBuilder, 'onOpen' | 'onFormSubmit' | 'create'> {
  private event: EventTypeName | null = null;
  constructor(
    private readonly world: World,
    private readonly handler: string,
    private readonly formId: string,
  ) {
    super('FormTriggerBuilder', world.log);
  }

  onOpen(): FormTriggerBuilder {
    this.event = 'ON_OPEN';
    return this;
  }

  onFormSubmit(): FormTriggerBuilder {
    this.event = 'ON_FORM_SUBMIT';
    return this;
  }

  create(): Trigger {
    if (!this.event) throw invalidArgument('eventType');
    return register(this.world, this.handler, this.event, 'FORMS', this.formId);
  }
}

export class DocumentTriggerBuilder extends Emulated implements ApiSubset<GoogleAppsScript.Script.DocumentTriggerBuilder, 'onOpen' | 'create'> {
  private event: EventTypeName | null = null;
  constructor(
    private readonly world: World,
    private readonly handler: string,
    private readonly documentId: string,
  ) {
    super('DocumentTriggerBuilder', world.log);
  }

  onOpen(): DocumentTriggerBuilder {
    this.event = 'ON_OPEN';
    return this;
  }

  create(): Trigger {
    if (!this.event) throw invalidArgument('eventType');
    return register(this.world, this.handler, this.event, 'DOCUMENTS', this.documentId);
  }
}

type ClockBuilderApi = ApiSubset<
  GoogleAppsScript.Script.ClockTriggerBuilder,
  | 'after'
  | 'at'
  | 'atDate'
  | 'atHour'
  | 'create'
  | 'everyDays'
  | 'everyHours'
  | 'everyMinutes'
  | 'everyWeeks'
  | 'inTimezone'
  | 'nearMinute'
  | 'onMonthDay'
  | 'onWeekDay'
>;

export class ClockTriggerBuilder extends Emulated implements ClockBuilderApi {
  private readonly spec: ClockSpec = {};
  constructor(
    private readonly world: World,
    private readonly handler: string,
  ) {
    super('ClockTriggerBuilder', world.log);
  }

  after(durationMilliseconds: number): ClockTriggerBuilder {
    this.spec.afterMs = Number(durationMilliseconds);
    return this;
  }

  at(date: GoogleAppsScript.Base.Date): ClockTriggerBuilder {
    if (!(date instanceof Date)) throw invalidArgument('date');
    this.spec.atMs = date.getTime();
    return this;
  }

  atDate(year: number, month: number, day: number): ClockTriggerBuilder {
    this.spec.atDate = { year, month, day };
    return this;
  }

  atHour(hour: number): ClockTriggerBuilder {
    if (!(hour >= 0 && hour <= 23)) throw invalidArgument('hour');
    this.spec.atHour = hour;
    return this;
  }

  everyMinutes(n: number): ClockTriggerBuilder {
    if (![1, 5, 10, 15, 30].includes(n)) throw new AppsScriptException(EVERY_MINUTES_INVALID);
    this.spec.everyMinutes = n;
    return this;
  }

  everyHours(n: number): ClockTriggerBuilder {
    this.spec.everyHours = n;
    return this;
  }

  everyDays(n: number): ClockTriggerBuilder {
    this.spec.everyDays = n;
    return this;
  }

  everyWeeks(n: number): ClockTriggerBuilder {
    this.spec.everyWeeks = n;
    return this;
  }

  inTimezone(timezone: string): ClockTriggerBuilder {
    if (!resolveZone(timezone).iana) throw invalidArgument('timezone');
    this.spec.timeZone = timezone;
    return this;
  }

  nearMinute(minute: number): ClockTriggerBuilder {
    this.spec.nearMinute = minute;
    return this;
  }

  onMonthDay(day: number): ClockTriggerBuilder {
    this.spec.onMonthDay = day;
    return this;
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): ClockTriggerBuilder {
    const index = weekdayIndex(day);
    if (index < 0) throw invalidArgument('day');
    this.spec.onWeekDay = index;
    if (!this.spec.everyWeeks) this.spec.everyWeeks = 1;
    return this;
  }

  create(): Trigger {
    const s = this.spec;
    if (this.world.addOn && s.everyMinutes !== undefined) throw new AppsScriptException(ADDON_HOURLY_ONLY);
    const scheduled = [s.everyMinutes, s.everyHours, s.everyDays, s.everyWeeks, s.afterMs, s.atMs, s.atDate, s.onMonthDay].some((v) => v !== undefined);
    if (!scheduled) throw invalidArgument('schedule');
    return register(this.world, this.handler, 'CLOCK', 'CLOCK', null, { ...s });
  }
}

type TriggerBuilderApi = ApiSubset<GoogleAppsScript.Script.TriggerBuilder, 'forSpreadsheet' | 'forForm' | 'forDocument' | 'timeBased'>;

/** The ID of a Spreadsheet/Form/Document object (emulator or not), or the key given as a string. */
function idOf(target: unknown, what: string): string {
  if (typeof target === 'string' && target) return target;
  if (target && typeof (target as { getId?: unknown }).getId === 'function') return (target as { getId(): string }).getId();
  throw invalidArgument(what);
}

export class TriggerBuilder extends Emulated implements TriggerBuilderApi {
  constructor(
    private readonly world: World,
    private readonly handler: string,
  ) {
    super('TriggerBuilder', world.log);
  }

  forSpreadsheet(sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): SpreadsheetTriggerBuilder {
    return new SpreadsheetTriggerBuilder(this.world, this.handler, idOf(sheet, 'sheet'));
  }

  forForm(form: GoogleAppsScript.Forms.Form | string): FormTriggerBuilder {
    return new FormTriggerBuilder(this.world, this.handler, idOf(form, 'form'));
  }

  forDocument(document: GoogleAppsScript.Document.Document | string): DocumentTriggerBuilder {
    return new DocumentTriggerBuilder(this.world, this.handler, idOf(document, 'document'));
  }

  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.world, this.handler);
  }
}
