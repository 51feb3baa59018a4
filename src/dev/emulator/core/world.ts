/**
 * One emulated Google account and project: the clock, the users, Drive, every
 * service's state, and the executions (one per trigger or google.script.run call).
 */
import { CallLog } from './call-log';
import type { FaultPlan } from './faults';
import { TestClock } from './clock';
import { DriveStore } from './drive-store';

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface ExecutionOptions {
  /** Email of the user running the code; '' for an anonymous/unknown user. */
  user?: string;
  authMode?: AuthMode;
  /** What started it: 'menu', 'sidebar', 'trigger:onFormSubmit'… (for logs and per-execution limits). */
  cause?: string;
  /**
   * Under whose authority the code runs (Session.getEffectiveUser): the trigger's creator for
   * installable triggers; by default the user running it, or the owner when that user is unknown.
   */
  effectiveUser?: string;
  /** Longest run allowed (default: the 6-minute script limit; 30 s for simple triggers). */
  timeLimitMs?: number;
}

/** Quotas page: "Script runtime 6 min / execution". */
export const SCRIPT_TIME_LIMIT_MS = 6 * 60 * 1000;

export class Execution {
  ended = false;
  readonly startedMs: number;
  private readonly cleanups: (() => void)[] = [];

  constructor(
    readonly id: number,
    readonly user: string,
    readonly authMode: AuthMode,
    readonly cause: string,
    startedMs: number,
    readonly effectiveUser: string = user,
    readonly timeLimitMs: number = SCRIPT_TIME_LIMIT_MS,
  ) {
    this.startedMs = startedMs;
  }

  /** Registers work to do when the execution ends (release locks, flush). */
  onEnd(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  _finish(): void {
    if (this.ended) return;
    this.ended = true;
    for (const c of this.cleanups.splice(0).reverse()) c();
  }
}

/** An advanced service enabled in the manifest (dependencies.enabledAdvancedServices). */
export interface AdvancedService {
  userSymbol: string;
  serviceId: string;
  version: string;
}

/** Defaults of the account-level options: a neutral account, overridden by each project's own. */
export const WORLD_DEFAULTS = {
  owner: 'user@example.com',
  timeZone: 'Etc/GMT',
  locale: 'en_US',
  addOnName: 'Untitled add-on',
} as const;

export interface WorldOptions {
  /** Email of the account that owns the script and its files (default user@example.com). */
  owner?: string;
  /** The script's time zone, appsscript.json `timeZone` (default Etc/GMT). */
  timeZone?: string;
  /**
   * The owner's account locale, e.g. 'fr_FR' (default en_US). SpreadsheetApp.create gives it to new
   * spreadsheets and Session.getActiveUserLocale returns its language ('fr').
   */
  locale?: string;
  /** The add-on's name, the caption of Ui.createAddonMenu() under Extensions. */
  addOnName?: string;
  now?: Date;
  seed?: number;
  /**
   * The script runs as an editor add-on (Google's add-on trigger rules apply: at most one
   * trigger of each type per user per document, time-driven at most hourly). Default: false,
   * a plain Apps Script project (a script bound to its container).
   */
  addOn?: boolean;
  /**
   * What Session.getActiveUser() gives inside an installable trigger run. Google's reference is
   * not definitive: 'blank' (the default, the safer assumption) or 'creator' (the trigger's creator).
   */
  triggerActiveUser?: 'blank' | 'creator';
  /**
   * What `$` and `\\` mean in the replacement of the Docs replaceText methods, which Google does
   * not document: 'java' (Matcher.replaceAll syntax, the default: the stricter reading) or
   * 'literal'. See document/search.ts.
   */
  docsReplacement?: 'java' | 'literal';
  /**
   * The scopes the user granted (the manifest's oauthScopes). When set, a call whose reference page
   * lists scopes, none of them granted, throws Google's "You do not have permission to call …".
   * Unset: no scope is checked (emulator tests of other behaviour).
   */
  grantedScopes?: readonly string[];
  /** Advanced services the manifest enables; only these globals exist (only Drive v3 is emulated). */
  advancedServices?: readonly AdvancedService[];
  /**
   * Whom a drive.file grant covers. Google's scopes page says the app reaches files it "created or
   * opened" but not whether a file one user created through the app is reachable when another user
   * runs it: 'per-user' (default, the safer reading) says no; 'per-app' says yes.
   */
  driveFileGrants?: 'per-user' | 'per-app';
  /**
   * Whether Form.setDestination to a spreadsheet also needs a Sheets scope beyond the current
   * document. Its reference page lists only forms scopes; undocumented, so by default (the safer
   * reading) it needs `spreadsheets` and fails under `spreadsheets.currentonly`.
   */
  formDestinationNeedsSpreadsheets?: boolean;
}

export class World {
  readonly log = new CallLog();
  /** Injected failures (tests): `world.faults.failAt(n)` makes the n-th service call throw. */
  get faults(): FaultPlan {
    return this.log.faults;
  }
  readonly clock: TestClock;
  readonly owner: string;
  /** Script time zone (appsscript.json). Spreadsheets and forms have their own. */
  timeZone: string;
  /** See WorldOptions.locale. */
  readonly locale: string;
  /** See WorldOptions.addOnName. */
  readonly addOnName: string;
  readonly drive: DriveStore;
  /** Docs replaceText's replacement syntax (WorldOptions.docsReplacement). */
  readonly docsReplacement: 'java' | 'literal';
  /** The spreadsheet the script is bound to / the add-on runs in (SpreadsheetApp.getActive()). */
  activeSpreadsheetId: string | null = null;
  /** See WorldOptions.addOn. */
  addOn: boolean;
  /** See WorldOptions.triggerActiveUser. */
  triggerActiveUser: 'blank' | 'creator';

  /**
   * The global scope the script was loaded into (globalThis or a node:vm context):
   * triggers and google.script.run look handler functions up here by name.
   */
  scope: Record<string, unknown> = {};
  /** Project files other than Code.js (e.g. 'Sidebar' → HTML), for HtmlService.createHtmlOutputFromFile. */
  readonly projectFiles = new Map<string, string>();
  /** Events one service raises and another serves (a form submit fires spreadsheet triggers). */
  private readonly listeners = new Map<string, ((payload: unknown) => void)[]>();

  /** Granted scopes (full URLs), or null when scopes are not checked. Tests may change it. */
  grantedScopes: ReadonlySet<string> | null;
  readonly advancedServices: readonly AdvancedService[];
  readonly driveFileGrants: 'per-user' | 'per-app';
  readonly formDestinationNeedsSpreadsheets: boolean;
  /** Set while `inspect` runs: what a tester reads in Drive's UI is not the script's call. */
  private inspecting = false;

  private executions: Execution[] = [];
  private current: Execution | null = null;
  private nextExecutionId = 1;
  private readonly states = new Map<string, unknown>();
  private rand: number;

  constructor(opts: WorldOptions = {}) {
    this.owner = opts.owner ?? WORLD_DEFAULTS.owner;
    this.timeZone = opts.timeZone ?? WORLD_DEFAULTS.timeZone;
    this.locale = opts.locale ?? WORLD_DEFAULTS.locale;
    this.addOnName = opts.addOnName ?? WORLD_DEFAULTS.addOnName;
    this.docsReplacement = opts.docsReplacement ?? 'java';
    this.clock = new TestClock(opts.now?.getTime());
    this.rand = opts.seed ?? 20260312;
    this.addOn = opts.addOn ?? false;
    this.triggerActiveUser = opts.triggerActiveUser ?? 'blank';
    this.grantedScopes = opts.grantedScopes ? new Set(opts.grantedScopes) : null;
    this.advancedServices = opts.advancedServices ?? [];
    this.driveFileGrants = opts.driveFileGrants ?? 'per-user';
    this.formDestinationNeedsSpreadsheets = opts.formDestinationNeedsSpreadsheets ?? true;
    this.drive = new DriveStore(
      () => this.newFileId(),
      () => this.clock.now(),
      this.owner,
      () => (this.inspecting ? null : this.execution.user || this.owner),
    );
  }

  /** Per-service state, created on first use, so each service module owns its own shape. */
  state<T>(key: string, init: () => T): T {
    if (!this.states.has(key)) this.states.set(key, init());
    return this.states.get(key) as T;
  }

  /** Deterministic pseudo-random number in [0, 1). */
  random(): number {
    // mulberry32
    let t = (this.rand = (this.rand + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A Google-looking file ID (44 characters, as for Docs, Sheets and Forms). */
  newFileId(): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let id = '1';
    for (let i = 0; i < 43; i++) id += alphabet[Math.floor(this.random() * 64)];
    return id;
  }

  on(event: string, listener: (payload: unknown) => void): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }

  emit(event: string, payload: unknown): void {
    for (const l of this.listeners.get(event) ?? []) l(payload);
  }

  // ---- executions -------------------------------------------------------

  /** Starts an execution and makes it current. Several may be open, to interleave "concurrent" users. */
  begin(opts: ExecutionOptions = {}): Execution {
    const user = opts.user ?? this.owner;
    const exec = new Execution(
      this.nextExecutionId++,
      user,
      opts.authMode ?? 'FULL',
      opts.cause ?? 'test',
      this.clock.now(),
      opts.effectiveUser ?? (user || this.owner),
      opts.timeLimitMs,
    );
    this.executions.push(exec);
    this.current = exec;
    return exec;
  }

  /** Makes an open execution current (simulates the scheduler switching between users). */
  enter(exec: Execution): void {
    if (exec.ended) throw new Error(`Execution ${exec.id} has ended`);
    this.current = exec;
  }

  end(exec: Execution): void {
    exec._finish();
    this.executions = this.executions.filter((e) => e !== exec);
    if (this.current === exec) this.current = this.executions[this.executions.length - 1] ?? null;
  }

  /** Runs fn as one whole execution (like one trigger or google.script.run call). */
  run<T>(fn: () => T, opts: ExecutionOptions = {}): T {
    const exec = this.begin(opts);
    try {
      return fn();
    } finally {
      this.end(exec);
    }
  }

  /**
   * Runs fn as the test looking at the account (as in Drive's or Docs' UI): one execution as
   * `user`, without the script's scope limits. Emulator-only, for assertions.
   */
  inspect<T>(fn: () => T, user: string = this.owner): T {
    const was = this.inspecting;
    this.inspecting = true;
    try {
      return this.run(fn, { user });
    } finally {
      this.inspecting = was;
    }
  }

  /** Scopes a user left unticked on Google's granular consent screen, per user (emulator-only: _withholdScopes). */
  readonly withheldScopes = new Map<string, ReadonlySet<string>>();

  /** Whether a scope is granted to the running code (always, when scopes are not checked). */
  hasScope(scope: string): boolean {
    if (this.inspecting || this.grantedScopes === null) return true;
    return this.grantedScopes.has(scope) && !this.withheldScopes.get(this.execution.effectiveUser)?.has(scope);
  }

  /** The current execution; one is started implicitly for code run outside `run`. */
  get execution(): Execution {
    return this.current ?? this.begin();
  }

  openExecutions(): readonly Execution[] {
    return this.executions;
  }
}
