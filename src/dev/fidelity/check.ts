/**
 * The fidelity checks' tiny assertion API. A check is a plain function over Apps Script globals only
 * (no emulator import), so the same code runs in jest over the emulator and in a real Apps Script
 * project (build/fidelity.mjs). Assertions are soft: every one is recorded with what was observed,
 * so one run on Google reports every difference, not just the first.
 */

/** One assertion as observed: the expected value and the actual one, both as JSON (see toJson). */
export interface Observation {
  label: string;
  passed: boolean;
  expected: unknown;
  actual: unknown;
}

export interface CheckResult {
  name: string;
  /** Google's reference page (or the observed source) the check pins. */
  reference: string;
  passed: boolean;
  /** Text of an exception that stopped the check (not one an assertion expected). */
  error?: string;
  /** Set when the check was not run (e.g. the execution's time budget was spent). */
  skipped?: string;
  assertions: Observation[];
}

export interface ScratchSpreadsheetOptions {
  /** Spreadsheet locale; en_US unless given, so number parsing never depends on the account. */
  locale?: string;
  timeZone?: string;
  rows?: number;
  columns?: number;
}

export interface Tester {
  /** Deep equality of the JSON forms (Dates compared by instant, object keys sorted). */
  equal(actual: unknown, expected: unknown, label?: string): void;
  ok(condition: boolean, label: string): void;
  match(actual: string, pattern: RegExp, label?: string): void;
  /** min ≤ actual ≤ max, for limits Google states only roughly (500 KB "per store"…). */
  within(actual: number, min: number, max: number, label?: string): void;
  /** fn must throw an error whose message contains `message` (Google's text); the full text is recorded. */
  throws(fn: () => unknown, message: string, label?: string): void;
  /** Scratch files, trashed when the check ends (passed or not). */
  spreadsheet(opts?: ScratchSpreadsheetOptions): GoogleAppsScript.Spreadsheet.Spreadsheet;
  document(): GoogleAppsScript.Document.Document;
  form(): GoogleAppsScript.Forms.Form;
  /** Runs when the check ends, last registered first (delete triggers, properties…). */
  cleanup(fn: () => void): void;
}

export interface Check {
  name: string;
  reference: string;
  run(t: Tester): void;
}

/** Declares a check: adding one to a list in checks/ is all it takes to run it everywhere. */
export function check(name: string, reference: string, run: (t: Tester) => void): Check {
  return { name, reference, run };
}

/**
 * A JSON-safe, comparable form of a value: Dates as "Date(<ISO>)", undefined as "(undefined)",
 * object keys sorted, functions by name. Enum values are compared as String(value) by the checks.
 */
export function toJson(value: unknown): unknown {
  if (value instanceof Date) return `Date(${isNaN(value.getTime()) ? 'Invalid' : value.toISOString()})`;
  if (value === undefined) return '(undefined)';
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'function') return `(function ${value.name})`;
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value as object).sort()) out[k] = toJson((value as Record<string, unknown>)[k]);
    return out;
  }
  return String(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(toJson(a)) === JSON.stringify(toJson(b));

/** The error's message, without the "Exception: " of String(e). Not `instanceof Error`: errors may come from another realm. */
export function errorText(e: unknown): string {
  const message = typeof e === 'object' && e !== null ? (e as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : String(e);
}

/** Runs one check in isolation: its exceptions and its scratch files never leak into the next. */
export function runCheck(c: Check): CheckResult {
  const assertions: Observation[] = [];
  const cleanups: (() => void)[] = [];
  const record = (label: string | undefined, passed: boolean, expected: unknown, actual: unknown) =>
    assertions.push({ label: label ?? `#${assertions.length + 1}`, passed, expected: toJson(expected), actual: toJson(actual) });
  const scratchName = `Pacte fidelity — ${c.name}`;
  const trashLater = (id: string) => cleanups.push(() => DriveApp.getFileById(id).setTrashed(true));
  const t: Tester = {
    equal: (actual, expected, label) => record(label, same(actual, expected), expected, actual),
    ok: (condition, label) => record(label, condition === true, true, condition),
    match: (actual, pattern, label) => record(label, typeof actual === 'string' && pattern.test(actual), String(pattern), actual),
    within: (actual, min, max, label) => record(label, typeof actual === 'number' && actual >= min && actual <= max, `${min}..${max}`, actual),
    throws(fn, message, label) {
      let actual = '(no error)';
      try {
        fn();
      } catch (e) {
        actual = errorText(e);
      }
      record(label, actual !== '(no error)' && actual.includes(message), message, actual);
    },
    spreadsheet(opts = {}) {
      const ss = opts.rows ? SpreadsheetApp.create(scratchName, opts.rows, opts.columns ?? 26) : SpreadsheetApp.create(scratchName);
      trashLater(ss.getId());
      ss.setSpreadsheetLocale(opts.locale ?? 'en_US');
      ss.setSpreadsheetTimeZone(opts.timeZone ?? 'Africa/Bamako');
      return ss;
    },
    document() {
      const doc = DocumentApp.create(scratchName);
      trashLater(doc.getId());
      return doc;
    },
    form() {
      const form = FormApp.create(scratchName);
      trashLater(form.getId());
      return form;
    },
    cleanup: (fn) => cleanups.push(fn),
  };
  let error: string | undefined;
  try {
    c.run(t);
  } catch (e) {
    error = errorText(e);
  }
  for (const fn of cleanups.reverse()) {
    try {
      fn();
    } catch (e) {
      error ??= `cleanup: ${errorText(e)}`;
    }
  }
  // A check that asserted nothing proves nothing.
  const passed = error === undefined && assertions.length > 0 && assertions.every((a) => a.passed);
  return { name: c.name, reference: c.reference, passed, ...(error === undefined ? {} : { error }), assertions };
}
