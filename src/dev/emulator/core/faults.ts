/**
 * Fault injection for tests: makes the n-th counted service call (from when the plan is armed) throw,
 * as Google does when a service fails mid-execution (« Service unavailable », a timeout). `after: true`
 * throws once the call has taken effect (the write happened, the caller never learns it), the other
 * half of what a real failure can do. Only calls of the script (counted calls) are numbered.
 */
export interface FaultOptions {
  /** Count only calls whose `Class.method` starts with one of these (all calls when empty). */
  prefixes?: readonly string[];
  /** Throw after the call took effect instead of before it. */
  after?: boolean;
}

/** Google's text for a transient failure (what the harness throws by default). */
export const SERVICE_UNAVAILABLE = 'Service unavailable: Please try again later.';

export class FaultPlan {
  private armed: { at: number; error: string; options: FaultOptions } | null = null;
  private seen = 0;
  /** `Class.method` of the call that failed, once it has. */
  failed: string | null = null;

  /** Arms the plan: the n-th matching call (1-based) throws `error`. */
  failAt(n: number, error = SERVICE_UNAVAILABLE, options: FaultOptions = {}): void {
    this.armed = { at: n, error, options };
    this.seen = 0;
    this.failed = null;
  }

  /** Counts matching calls without failing any (to learn how many positions a request has). */
  countOnly(options: FaultOptions = {}): void {
    this.failAt(Number.POSITIVE_INFINITY, SERVICE_UNAVAILABLE, options);
  }

  /** Matching calls seen since the plan was armed. */
  get calls(): number {
    return this.seen;
  }

  disarm(): void {
    this.armed = null;
  }

  /** Called by every counted call before it runs: throws now, or returns the error to throw once it has run. */
  _before(name: string): string | null {
    const a = this.armed;
    if (!a) return null;
    const prefixes = a.options.prefixes ?? [];
    if (prefixes.length && !prefixes.some((p) => name.startsWith(p))) return null;
    this.seen++;
    if (this.seen !== a.at) return null;
    this.failed = name;
    this.armed = null;
    if (a.options.after) return a.error;
    throw new Error(a.error);
  }
}
