/**
 * The request ledger as the use cases see it: a multi-step write sent with a request ID that is
 * retried after failing midway reuses each step its earlier attempt recorded, never doing it twice.
 */
export interface RequestPort {
  /** `fn`'s value, computed once per request: a retry gets the value its earlier attempt recorded. */
  once<T>(step: string, fn: () => T): T;
  /** IDs this request (its earlier attempts included) allocated: records it made itself. */
  ownIds(): ReadonlySet<string>;
}
