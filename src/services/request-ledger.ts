/**
 * Idempotent retries. The sidebar sends a request ID with each write and reuses it when the
 * user retries. The server keeps, per request ID, a small ledger in document properties: the steps
 * already done (IDs reserved, Docs made, rows written) and, once the request has completed, its result.
 * A repeated ID of a completed request gets the stored result back (nothing is written again); a retry
 * of a request that failed midway runs the same code again, and each step found in the ledger is
 * reused instead of being redone — so a retry finishes the work, never makes a second copy.
 * Ledgers expire after 24 hours (at most MAX_LEDGERS are kept).
 */
import type { StoreContext } from './store-context';
import { idRange, type IdRange } from '../domain/records/ids';

const PREFIX = 'pacte.req.';
const TTL_MS = 24 * 3600 * 1000;
const MAX_LEDGERS = 100;
/**
 * A result kept in the ledger: small, so that 100 ledgers stay far below the 500 KB of all document
 * properties (Quotas page) that the ID counters and the role table share; bigger ones go to the
 * document cache (6 hours).
 */
const MAX_STORED_RESULT = 2000;
const CACHE_SECONDS = 6 * 3600;

interface LedgerState {
  at: number;
  done: boolean;
  steps: Record<string, unknown>;
  /** The Journal's last row when the request began: a retry looks for its own entries below it. */
  journalFrom: number;
  /** JSON of the result when small enough; else in the document cache. */
  result?: string;
}

export class RequestRun {
  /** Ordinals per step family ('ids:PAR' → 2 allocations so far in this attempt). */
  private readonly ordinals = new Map<string, number>();

  constructor(
    readonly id: string,
    private readonly state: LedgerState,
    /** True when an earlier attempt of this request failed midway. */
    readonly retry: boolean,
  ) {}

  get journalFrom(): number {
    return this.state.journalFrom;
  }

  /** `family:n`, n counting this attempt's steps of the family: the same code path gives the same keys. */
  nextKey(family: string): string {
    const n = (this.ordinals.get(family) ?? 0) + 1;
    this.ordinals.set(family, n);
    return `${family}:${n}`;
  }

  has(key: string): boolean {
    return key in this.state.steps;
  }

  get<T>(key: string): T {
    return this.state.steps[key] as T;
  }

  /** Records a step, with other document properties saved in the same call (e.g. the ID counter). */
  record(key: string, value: unknown, alongside: Record<string, string> = {}): void {
    this.state.steps[key] = value;
    PropertiesService.getDocumentProperties().setProperties({ ...alongside, [PREFIX + this.id]: JSON.stringify(this.state) });
  }

  /** The step's value: from the ledger when an earlier attempt did it, else `fn`'s, recorded. */
  step<T>(family: string, fn: () => T): T {
    const key = this.nextKey(family);
    if (this.has(key)) return this.get<T>(key);
    const value = fn();
    this.record(key, value);
    return value;
  }

  /** Every record ID this request has reserved (a retry must not take its own rows for someone else's). */
  reservedIds(): Set<string> {
    const ids = Object.entries(this.state.steps).flatMap(([k, v]) => (k.startsWith('ids:') && v && typeof v === 'object' ? idRange(v as IdRange) : []));
    return new Set(ids);
  }

  complete(result: unknown): void {
    const json = JSON.stringify(result ?? null);
    const done: LedgerState = { at: this.state.at, done: true, steps: {}, journalFrom: this.state.journalFrom };
    if (json.length <= MAX_STORED_RESULT) done.result = json;
    else CacheService.getDocumentCache()?.put(PREFIX + this.id, json, CACHE_SECONDS);
    PropertiesService.getDocumentProperties().setProperty(PREFIX + this.id, JSON.stringify(done));
  }
}

export class AlreadyDoneError extends Error {
  constructor() {
    super(
      "Cette action a déjà été enregistrée (la réponse précédente ne vous est pas parvenue). Rouvrez la page pour voir le résultat ; rien n'a été fait en double.",
    );
    this.name = 'AlreadyDoneError';
  }
}

const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** A request ID as the sidebar sends it, or undefined (callers without one get no retry safety). */
export function requestIdArg(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || !REQUEST_ID.test(value))
    throw new Error("Paramètre invalide : l'identifiant de la demande n'est pas reconnu. Rouvrez Pacte et recommencez.");
  return value;
}

function parse(json: string | undefined): LedgerState | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as LedgerState;
  } catch {
    return null;
  }
}

/** Drops expired ledgers, and the oldest beyond MAX_LEDGERS. */
function prune(props: GoogleAppsScript.Properties.Properties, all: Record<string, string>, now: number): void {
  const ledgers = Object.keys(all)
    .filter((k) => k.startsWith(PREFIX))
    .map((k) => ({ k, at: parse(all[k])?.at ?? 0 }))
    .sort((a, b) => b.at - a.at);
  for (const [i, l] of ledgers.entries()) if (i >= MAX_LEDGERS - 1 || now - l.at > TTL_MS) props.deleteProperty(l.k);
}

/**
 * Runs a write once per request ID (call inside the document lock). `journalRow` gives the
 * Journal's current last row, recorded so that a retry finds the entries its earlier attempt wrote.
 */
export function runOnce<T>(ctx: StoreContext, requestId: string | undefined, journalRow: (all: Record<string, string>) => number, fn: () => T): T {
  if (!requestId) return fn();
  const props = PropertiesService.getDocumentProperties();
  const all = props.getProperties();
  const found = parse(all[PREFIX + requestId]);
  const now = Date.now();
  if (found?.done && now - found.at <= TTL_MS) {
    const json = found.result ?? CacheService.getDocumentCache()?.get(PREFIX + requestId);
    if (json === undefined || json === null) throw new AlreadyDoneError();
    return JSON.parse(json) as T;
  }
  const resumed = found && !found.done && now - found.at <= TTL_MS;
  const state: LedgerState = resumed ? found : { at: now, done: false, steps: {}, journalFrom: journalRow(all) };
  if (!resumed) {
    prune(props, all, now);
    props.setProperty(PREFIX + requestId, JSON.stringify(state));
  }
  const run = new RequestRun(requestId, state, !!resumed);
  ctx.run = run;
  try {
    const result = fn();
    run.complete(result);
    return result;
  } finally {
    ctx.run = undefined;
  }
}

/** `fn`'s value, done once per request: a retry gets the value its earlier attempt recorded. */
export function once<T>(ctx: StoreContext, family: string, fn: () => T): T {
  return ctx.run ? ctx.run.step(family, fn) : fn();
}
