/** Utilities: dates, UUIDs, sleep (on the test clock), blobs, base64, digests, CSV. */
import { createHash } from 'node:crypto';
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import { AppsScriptException, invalidArgument } from '../core/errors';
import { Blob } from '../core/blob';
import { utf8 } from '../core/blob-data';
import type { World } from '../core/world';
import { makeEnum } from './enums';
import { formatDate } from './format-date';
import { formatString } from './format-string';
import { parseCsv } from './csv';

type UtilitiesApi = ApiSubset<
  GoogleAppsScript.Utilities.Utilities,
  | 'formatDate'
  | 'formatString'
  | 'getUuid'
  | 'sleep'
  | 'newBlob'
  | 'base64Encode'
  | 'base64Decode'
  | 'base64EncodeWebSafe'
  | 'base64DecodeWebSafe'
  | 'computeDigest'
  | 'parseCsv'
>;

type Bytes = number[];

/** Longest Utilities.sleep Google accepts (reference: "The maximum allowed value is 300000"). */
export const MAX_SLEEP_MS = 300000;

const DIGESTS: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512', MD2: 'md2' };

/** Apps Script bytes are Java bytes: -128..127. */
export function toSigned(bytes: Uint8Array): Bytes {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

export function fromSigned(bytes: Bytes): Uint8Array {
  return Uint8Array.from(bytes, (b) => b & 0xff);
}

function encode(data: string | Bytes, charset?: unknown): Uint8Array {
  if (typeof data !== 'string') return fromSigned(data);
  if (charset !== undefined && String(charset) === 'US_ASCII') return Uint8Array.from(data, (ch) => (ch.charCodeAt(0) < 128 ? ch.charCodeAt(0) : 63));
  return utf8(data);
}

export class Utilities extends Emulated implements UtilitiesApi {
  readonly Charset = makeEnum<typeof GoogleAppsScript.Utilities.Charset>('US_ASCII', 'UTF_8');
  readonly DigestAlgorithm = makeEnum<typeof GoogleAppsScript.Utilities.DigestAlgorithm>('MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512');

  constructor(private readonly world: World) {
    super('Utilities', world.log);
  }

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!(date instanceof Date)) throw invalidArgument('date');
    return formatDate(date, timeZone, format);
  }

  formatString(template: string, ...args: unknown[]): string {
    return formatString(template, ...args);
  }

  /** RFC 4122 version 4, lower-case, from the world's seeded randomness. */
  getUuid(): string {
    const b = Array.from({ length: 16 }, () => Math.floor(this.world.random() * 256));
    b[6] = (b[6]! & 0x0f) | 0x40;
    b[8] = (b[8]! & 0x3f) | 0x80;
    const h = b.map((x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  /** Advances the test clock instead of blocking. */
  sleep(milliseconds: number): void {
    // Reference: "The maximum allowed value is 300000 (or 5 minutes)". Error text not verified.
    if (!(milliseconds >= 0) || milliseconds > MAX_SLEEP_MS) throw invalidArgument('milliseconds');
    this.world.clock.advance(Math.floor(milliseconds));
  }

  newBlob(data: string | Bytes, contentType?: string, name?: string): Blob {
    const bytes = typeof data === 'string' ? utf8(data) : fromSigned(data);
    const type = contentType ?? (typeof data === 'string' ? 'text/plain' : null);
    return new Blob(this.world.log, { bytes, contentType: type, name: name ?? null });
  }

  base64Encode(data: string | Bytes, charset?: GoogleAppsScript.Utilities.Charset): string {
    return Buffer.from(encode(data, charset)).toString('base64');
  }

  base64EncodeWebSafe(data: string | Bytes, charset?: GoogleAppsScript.Utilities.Charset): string {
    // Google's web-safe form keeps the '=' padding (Java Base64.getUrlEncoder()).
    return Buffer.from(encode(data, charset)).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string, charset?: GoogleAppsScript.Utilities.Charset): Bytes {
    void charset;
    if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(encoded)) throw new AppsScriptException('Could not decode string.');
    return toSigned(Buffer.from(encoded, 'base64'));
  }

  base64DecodeWebSafe(encoded: string, charset?: GoogleAppsScript.Utilities.Charset): Bytes {
    void charset;
    if (!/^[A-Za-z0-9\-_\s]*={0,2}\s*$/.test(encoded)) throw new AppsScriptException('Could not decode string.');
    return toSigned(Buffer.from(encoded, 'base64url'));
  }

  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: string | Bytes, charset?: GoogleAppsScript.Utilities.Charset): Bytes {
    const name = DIGESTS[String(algorithm)];
    if (!name) throw invalidArgument('algorithm');
    return toSigned(createHash(name).update(encode(value, charset)).digest());
  }

  parseCsv(csv: string, delimiter?: string): string[][] {
    return parseCsv(csv, delimiter ?? ',');
  }
}
