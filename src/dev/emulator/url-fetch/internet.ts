/**
 * The emulated internet behind UrlFetchApp: what each URL answers (status, headers, body, delay) or
 * that its host cannot be reached, registered by tests and the sandbox; the requests scripts made;
 * and each user's daily URL Fetch quota. The `_` functions are emulator-only.
 */
import type { World } from '../core/world';

/** What one URL answers. A `delayMs` past the fetch timeout makes the call time out. */
export interface WebResponse {
  status?: number;
  headers?: Record<string, string | string[]>;
  body?: string | Uint8Array;
  delayMs?: number;
  /** No answer at all: the host's name does not resolve, or nothing listens at its address. */
  unreachable?: 'dns' | 'address';
}

export interface SentRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  payload: string | null;
  user: string;
}

/** Quotas page: "URL Fetch calls 20,000 / day" (consumer accounts; 100,000 for Google Workspace). */
export const CONSUMER_DAILY_FETCHES = 20_000;
const DAY_MS = 24 * 60 * 60 * 1000;

export class Internet {
  dailyLimit = CONSUMER_DAILY_FETCHES;
  readonly routes = new Map<string, WebResponse>();
  readonly requests: SentRequest[] = [];
  private readonly quotas = new Map<string, { windowStartMs: number; used: number }>();

  /** Counts one call against the user's 24-hour window; false when the quota is spent. */
  consume(user: string, now: number): boolean {
    const q = this.quotas.get(user);
    if (!q || now >= q.windowStartMs + DAY_MS) {
      this.quotas.set(user, { windowStartMs: now, used: 1 });
      return this.dailyLimit >= 1;
    }
    if (q.used >= this.dailyLimit) return false;
    q.used++;
    return true;
  }

  /** The registered answer; an unknown path on a known host is a 404, an unknown host does not resolve. */
  answer(url: string): WebResponse {
    const exact = this.routes.get(url);
    if (exact) return exact;
    const origin = originOf(url);
    for (const known of this.routes.keys())
      if (originOf(known) === origin) return { status: 404, body: 'Not Found', headers: { 'Content-Type': 'text/plain' } };
    return { unreachable: 'dns' };
  }
}

/** "https://www.example.org/a?b" → "https://www.example.org" (how Google names a failed request's server). */
export function originOf(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)/i.exec(url);
  return m ? m[1] : url;
}

export function internet(world: World): Internet {
  return world.state('urlFetch', () => new Internet());
}

/** Registers what `url` answers (exact URL, query included). */
export function _registerUrl(world: World, url: string, response: WebResponse): void {
  internet(world).routes.set(url, response);
}

/** The requests scripts made, oldest first (copies). */
export function _fetchedRequests(world: World): SentRequest[] {
  return internet(world).requests.map((r) => ({ ...r, headers: { ...r.headers } }));
}

/** Sets every user's daily URL Fetch quota (e.g. 100,000 for a Google Workspace account). */
export function _setUrlFetchQuota(world: World, callsPerDay: number): void {
  internet(world).dailyLimit = callsPerDay;
}
