/** Utilities.newBlob / File.getBlob / Document.getAs: bytes with a content type and a name. */
import { Emulated } from './emulated';
import type { ApiSubset } from './api-subset';
import type { CallLog } from './call-log';
import { AppsScriptException } from './errors';
import { type BlobData, fromUtf8, utf8 } from './blob-data';

type BlobApi = ApiSubset<
  GoogleAppsScript.Base.Blob,
  'getBytes' | 'getBlob' | 'getContentType' | 'getName' | 'getDataAsString' | 'setName' | 'setContentType' | 'setDataFromString' | 'copyBlob' | 'isGoogleType'
>;

export class Blob extends Emulated implements BlobApi {
  constructor(
    private readonly log: CallLog,
    readonly _data: BlobData,
  ) {
    super('Blob', log);
  }

  static _fromText(log: CallLog, text: string, contentType: string | null = 'text/plain', name: string | null = null): Blob {
    return new Blob(log, { bytes: utf8(text), contentType, name });
  }

  getBytes(): number[] {
    return Array.from(this._data.bytes, (b) => (b > 127 ? b - 256 : b));
  }

  getContentType(): string | null {
    return this._data.contentType;
  }

  getName(): string | null {
    return this._data.name;
  }

  getDataAsString(charset?: string): string {
    if (charset && !/^utf-?8$/i.test(charset)) throw new AppsScriptException(`Unsupported charset: ${charset}`);
    return fromUtf8(this._data.bytes);
  }

  setName(name: string): Blob {
    this._data.name = name;
    return this;
  }

  setContentType(contentType: string | null): Blob {
    this._data.contentType = contentType;
    return this;
  }

  setDataFromString(text: string): Blob {
    this._data.bytes = utf8(text);
    return this;
  }

  /** BlobSource: a Blob is its own source (MailApp attachments, DriveApp.createFile). */
  getBlob(): Blob {
    return this.copyBlob();
  }

  copyBlob(): Blob {
    return new Blob(this.log, { ...this._data, bytes: this._data.bytes.slice() });
  }

  isGoogleType(): boolean {
    return false;
  }

  getAs(contentType: string): Blob {
    if (contentType === this._data.contentType) return this.copyBlob();
    throw new AppsScriptException(`Converting from ${this._data.contentType} to ${contentType} is not supported.`);
  }
}
