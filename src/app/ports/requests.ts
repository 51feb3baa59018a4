/**
 * The request ledger (services/request-ledger.ts): a multi-step write retried with its request ID
 * reuses what its earlier attempt decided instead of deciding again.
 */
export interface RequestLedger {
  /** `fn`'s value, done once per request: a retry gets the value its earlier attempt recorded. */
  once<T>(family: string, fn: () => T): T;
}
