/** HTTPResponse: what UrlFetchApp.fetch returns (status, headers, body as text, bytes or Blob). */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import type { CallLog } from '../core/call-log';
import { AppsScriptException } from '../core/errors';
import { Blob } from '../core/blob';
import { fromUtf8 } from '../core/blob-data';

type HttpResponseApi = ApiSubset<
  GoogleAppsScript.URL_Fetch.HTTPResponse,
  'getResponseCode' | 'getContentText' | 'getContent' | 'getHeaders' | 'getAllHeaders' | 'getBlob' | 'getAs'
>;

export class HTTPResponse extends Emulated implements HttpResponseApi {
  constructor(
    private readonly log: CallLog,
    private readonly status: number,
    private readonly headers: Record<string, string | string[]>,
    private readonly bytes: Uint8Array,
  ) {
    super('HTTPResponse', log);
  }

  getResponseCode(): number {
    return this.status;
  }

  getContentText(charset?: string): string {
    if (charset && !/^utf-?8$/i.test(charset)) throw new AppsScriptException(`Unsupported charset: ${charset}`);
    return fromUtf8(this.bytes);
  }

  getContent(): number[] {
    return Array.from(this.bytes, (b) => (b > 127 ? b - 256 : b));
  }

  /** One value per header; a header sent several times gives its last value here, all of them in getAllHeaders. */
  getHeaders(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(this.headers)) out[k] = Array.isArray(v) ? v[v.length - 1] : v;
    return out;
  }

  getAllHeaders(): Record<string, string | string[]> {
    const out: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(this.headers)) out[k] = Array.isArray(v) ? v.slice() : v;
    return out;
  }

  getBlob(): Blob {
    const type = Object.entries(this.getHeaders()).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? null;
    return new Blob(this.log, { bytes: this.bytes.slice(), contentType: type ? type.split(';')[0].trim() : null, name: null });
  }

  getAs(contentType: string): Blob {
    return this.getBlob().getAs(contentType);
  }
}
