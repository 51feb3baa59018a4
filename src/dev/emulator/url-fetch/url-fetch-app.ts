/**
 * UrlFetchApp over the emulated internet (internet.ts), as Google's reference describes it:
 * https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app
 * A non-2xx answer throws unless `muteHttpExceptions`; redirects are followed unless
 * `followRedirects: false`; an unreachable host, a timeout, the daily quota and the URL length
 * limit throw Google's texts.
 */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import { AppsScriptException } from '../core/errors';
import { utf8 } from '../core/blob-data';
import type { World } from '../core/world';
import { HTTPResponse } from './http-response';
import { internet, originOf, type WebResponse } from './internet';

type UrlFetchAppApi = ApiSubset<GoogleAppsScript.URL_Fetch.UrlFetchApp, 'fetch' | 'fetchAll'>;
type Params = GoogleAppsScript.URL_Fetch.URLFetchRequestOptions;

/** Quotas page, "Current limitations": URL Fetch URL length 2 kB, response size 50 MB per call. */
export const URL_LENGTH_LIMIT = 2 * 1024;
export const RESPONSE_BYTES_LIMIT = 50 * 1024 * 1024;
/** A fetch that gets no answer gives up after about 60 seconds (observed; the reference gives no figure). */
export const FETCH_TIMEOUT_MS = 60_000;
const MAX_REDIRECTS = 10;
/** How much of the body Google quotes in a failed request's message (observed texts quote about 150 characters). */
const QUOTED_CHARS = 150;

export const FETCH_ERRORS = {
  quota: 'Service invoked too many times for one day: urlfetch.',
  urlLength: 'Limit Exceeded: URLFetch URL Length.',
  // Google's text for this limit was not found; named in the style of its other « Limit Exceeded » texts.
  responseSize: 'Limit Exceeded: URLFetch Response Size.',
  invalidUrl: (url: string) => `Invalid argument: ${url}`,
  dns: (url: string) => `DNS error: ${url}`,
  address: (url: string) => `Address unavailable: ${url}`,
  timeout: (url: string) => `Timeout: ${url}`,
  failed: (url: string, status: number, body: string) =>
    `Request failed for ${originOf(url)} returned code ${status}. Truncated server response: ${
      body.length > QUOTED_CHARS ? body.slice(0, QUOTED_CHARS) + '...' : body
    } (use muteHttpExceptions option to examine full response)`,
} as const;

const bodyBytes = (body: WebResponse['body']): Uint8Array => (body === undefined ? new Uint8Array() : typeof body === 'string' ? utf8(body) : body);

function headerValue(headers: WebResponse['headers'], name: string): string | undefined {
  const hit = Object.entries(headers ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  return Array.isArray(hit) ? hit[hit.length - 1] : hit;
}

function payloadText(payload: Params['payload']): string | null {
  if (payload === undefined || payload === null) return null;
  if (typeof payload === 'string') return payload;
  // An object is sent as an HTML form (application/x-www-form-urlencoded).
  return Object.entries(payload as Record<string, unknown>)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
}

export class UrlFetchApp extends Emulated implements UrlFetchAppApi {
  constructor(private readonly world: World) {
    super('UrlFetchApp', world.log);
  }

  fetch(url: string, params: Params = {}): HTTPResponse {
    return this._fetchOne(url, params ?? {});
  }

  /** The requests one after another (the emulated internet answers at once, so their order is the list's). */
  fetchAll(requests: (string | (Params & { url: string }))[]): HTTPResponse[] {
    if (!Array.isArray(requests)) throw new AppsScriptException('Invalid argument: requests');
    return requests.map((r) => (typeof r === 'string' ? this._fetchOne(r, {}) : this._fetchOne(r.url, r)));
  }

  _fetchOne(url: string, params: Params): HTTPResponse {
    const w = this.world;
    const target = String(url ?? '');
    if (target.length > URL_LENGTH_LIMIT) throw new AppsScriptException(FETCH_ERRORS.urlLength);
    if (!/^https?:\/\/[^/?#\s]+[^\s]*$/i.test(target)) throw new AppsScriptException(FETCH_ERRORS.invalidUrl(target));
    const net = internet(w);
    const user = w.execution.effectiveUser;
    if (!net.consume(user, w.clock.now())) throw new AppsScriptException(FETCH_ERRORS.quota);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(params.headers ?? {})) headers[k] = String(v);
    if (params.contentType) headers['Content-Type'] = params.contentType;
    net.requests.push({ url: target, method: String(params.method ?? 'get').toUpperCase(), headers, payload: payloadText(params.payload), user });

    let current = target;
    let answer = net.answer(current);
    for (let hops = 0; params.followRedirects !== false && hops < MAX_REDIRECTS; hops++) {
      const location = answer.status && answer.status >= 300 && answer.status < 400 ? headerValue(answer.headers, 'Location') : undefined;
      if (!location) break;
      current = new URL(location, current).toString();
      answer = net.answer(current);
    }
    if ((answer.delayMs ?? 0) >= FETCH_TIMEOUT_MS) {
      w.clock.advance(FETCH_TIMEOUT_MS);
      throw new AppsScriptException(FETCH_ERRORS.timeout(target));
    }
    if (answer.delayMs) w.clock.advance(answer.delayMs);
    if (answer.unreachable === 'dns') throw new AppsScriptException(FETCH_ERRORS.dns(target));
    if (answer.unreachable === 'address') throw new AppsScriptException(FETCH_ERRORS.address(target));
    const bytes = bodyBytes(answer.body);
    if (bytes.length > RESPONSE_BYTES_LIMIT) throw new AppsScriptException(FETCH_ERRORS.responseSize);
    const status = answer.status ?? 200;
    if (status >= 400 && !params.muteHttpExceptions) throw new AppsScriptException(FETCH_ERRORS.failed(target, status, new TextDecoder().decode(bytes)));
    return new HTTPResponse(w.log, status, answer.headers ?? {}, bytes);
  }
}
