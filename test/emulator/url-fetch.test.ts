/** UrlFetchApp emulator over the emulated internet: answers, Google's errors, options, quota, limits and scope. */
import { World, installEmulator } from '../../src/dev/emulator';
import { installScriptServices } from '../../src/dev/emulator/script';
import {
  installUrlFetchApp,
  _registerUrl,
  _fetchedRequests,
  _setUrlFetchQuota,
  FETCH_ERRORS,
  FETCH_TIMEOUT_MS,
  URL_LENGTH_LIMIT,
  RESPONSE_BYTES_LIMIT,
} from '../../src/dev/emulator/url-fetch';

const FEED = 'https://www.bailleur.org/appels.rss';
let world: World;
beforeEach(() => {
  world = new World();
  Object.assign(globalThis, installScriptServices(world), installUrlFetchApp(world));
  _registerUrl(world, FEED, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' }, body: '<rss>é</rss>' });
});

const thrown = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('UrlFetchApp.fetch', () => {
  // https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String)
  // https://developers.google.com/apps-script/reference/url-fetch/http-response
  it('returns the status, headers, text, bytes and Blob of the answer', () => {
    const r = world.run(() => UrlFetchApp.fetch(FEED));
    expect(r.getResponseCode()).toBe(200);
    expect(r.getContentText()).toBe('<rss>é</rss>');
    expect(r.getContent()).toHaveLength(13);
    expect(r.getHeaders()).toEqual({ 'Content-Type': 'application/rss+xml; charset=utf-8' });
    expect(r.getBlob().getContentType()).toBe('application/rss+xml');
    expect(world.log.count('UrlFetchApp.fetch')).toBe(1);
  });

  // Observed texts: "Request failed for https://www.facebook.com returned code 500. Truncated server response: <!DOCTYPE html>… (use muteHttpExceptions option to examine full response)"
  it('throws Google’s text for a non-2xx answer, naming the server and quoting the body’s start', () => {
    _registerUrl(world, 'https://www.bailleur.org/absent', { status: 404, body: 'x'.repeat(400) });
    expect(thrown(() => UrlFetchApp.fetch('https://www.bailleur.org/absent'))).toBe(
      `Request failed for https://www.bailleur.org returned code 404. Truncated server response: ${'x'.repeat(150)}... (use muteHttpExceptions option to examine full response)`,
    );
  });

  // https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String,Object) — muteHttpExceptions
  it('returns the failed answer with muteHttpExceptions; an unknown path of a known host is a 404', () => {
    const r = UrlFetchApp.fetch('https://www.bailleur.org/autre', { muteHttpExceptions: true });
    expect([r.getResponseCode(), r.getContentText()]).toEqual([404, 'Not Found']);
  });

  it('throws « DNS error » for a host that does not resolve and « Address unavailable » for one that does not answer', () => {
    expect(thrown(() => UrlFetchApp.fetch('https://inconnu.example/flux', { muteHttpExceptions: true }))).toBe('DNS error: https://inconnu.example/flux');
    _registerUrl(world, 'https://hors-ligne.example/rss', { unreachable: 'address' });
    expect(thrown(() => UrlFetchApp.fetch('https://hors-ligne.example/rss'))).toBe('Address unavailable: https://hors-ligne.example/rss');
  });

  it('takes the answer’s delay from the execution’s time, and times out after 60 seconds', () => {
    _registerUrl(world, 'https://lent.example/rss', { body: 'ok', delayMs: 5000 });
    _registerUrl(world, 'https://mort.example/rss', { delayMs: 10 * 60_000 });
    const start = world.clock.now();
    UrlFetchApp.fetch('https://lent.example/rss');
    expect(world.clock.now() - start).toBe(5000);
    expect(thrown(() => UrlFetchApp.fetch('https://mort.example/rss'))).toBe('Timeout: https://mort.example/rss');
    expect(world.clock.now() - start).toBe(5000 + FETCH_TIMEOUT_MS);
  });

  // https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String,Object) — followRedirects
  it('follows redirects unless followRedirects is false', () => {
    _registerUrl(world, 'http://www.bailleur.org/vieux', { status: 301, headers: { Location: FEED } });
    expect(UrlFetchApp.fetch('http://www.bailleur.org/vieux').getContentText()).toBe('<rss>é</rss>');
    const r = UrlFetchApp.fetch('http://www.bailleur.org/vieux', { followRedirects: false });
    expect([r.getResponseCode(), (r.getHeaders() as Record<string, string>).Location]).toEqual([301, FEED]);
  });

  // https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String,Object) — method, headers, payload
  it('records the method, headers and payload of each request', () => {
    UrlFetchApp.fetch(FEED, {
      method: 'post',
      headers: { Authorization: 'Bearer t' },
      payload: { a: 'b c' },
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(_fetchedRequests(world)[0]).toMatchObject({ url: FEED, method: 'POST', payload: 'a=b%20c', headers: { Authorization: 'Bearer t' } });
  });

  // https://developers.google.com/apps-script/guides/services/quotas — URL Fetch calls / day, URL length, response size
  it('enforces the daily quota per user, the URL length and the response size', () => {
    _setUrlFetchQuota(world, 2);
    UrlFetchApp.fetch(FEED);
    UrlFetchApp.fetch(FEED);
    expect(thrown(() => UrlFetchApp.fetch(FEED))).toBe('Service invoked too many times for one day: urlfetch.');
    world.clock.advance(24 * 60 * 60 * 1000);
    expect(UrlFetchApp.fetch(FEED).getResponseCode()).toBe(200);
    _setUrlFetchQuota(world, 100);
    expect(thrown(() => UrlFetchApp.fetch(FEED + '?q=' + 'a'.repeat(URL_LENGTH_LIMIT)))).toBe(FETCH_ERRORS.urlLength);
    _registerUrl(world, 'https://gros.example/f', { body: new Uint8Array(RESPONSE_BYTES_LIMIT + 1) });
    expect(thrown(() => UrlFetchApp.fetch('https://gros.example/f'))).toBe(FETCH_ERRORS.responseSize);
    expect(thrown(() => UrlFetchApp.fetch('pas une adresse'))).toBe('Invalid argument: pas une adresse');
  });

  it('throws Not emulated for a method it lacks', () => {
    expect(thrown(() => (UrlFetchApp as unknown as { getRequest(u: string): unknown }).getRequest(FEED))).toBe('Not emulated: UrlFetchApp.getRequest');
  });
});

describe('UrlFetchApp.fetchAll', () => {
  // https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetchAll(Object)
  it('answers each request, URLs or request objects, in order', () => {
    _registerUrl(world, 'https://b.example/x', { body: 'B' });
    const rs = UrlFetchApp.fetchAll([FEED, { url: 'https://b.example/x', method: 'get' }]);
    expect(rs.map((r) => r.getContentText())).toEqual(['<rss>é</rss>', 'B']);
  });
});

describe('UrlFetchApp scope', () => {
  // https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app — "requires the script.external_request scope"
  it('needs https://www.googleapis.com/auth/script.external_request', () => {
    const w = installEmulator(globalThis, { grantedScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] });
    _registerUrl(w, FEED, { body: 'x' });
    expect(thrown(() => w.run(() => UrlFetchApp.fetch(FEED)))).toMatch(
      /^You do not have permission to call UrlFetchApp\.fetch\. Required permissions: https:\/\/www\.googleapis\.com\/auth\/script\.external_request\./,
    );
    const ok = installEmulator(globalThis, { grantedScopes: ['https://www.googleapis.com/auth/script.external_request'] });
    _registerUrl(ok, FEED, { body: 'x' });
    expect(ok.run(() => UrlFetchApp.fetch(FEED).getContentText())).toBe('x');
  });
});
