/** FileIterator and FolderIterator, with continuation tokens that resume where they stopped. */
import type { ApiSubset } from '../core/api-subset';
import type { CallLog } from '../core/call-log';
import { Emulated } from '../core/emulated';
import { AppsScriptException } from '../core/errors';

type FileIteratorApi = ApiSubset<GoogleAppsScript.Drive.FileIterator, 'hasNext' | 'next' | 'getContinuationToken'>;

export function encodeToken(kind: 'file' | 'folder', ids: string[]): string {
  return Buffer.from(JSON.stringify({ kind, ids })).toString('base64');
}

export function decodeToken(kind: 'file' | 'folder', token: string): string[] {
  try {
    const t = JSON.parse(Buffer.from(String(token), 'base64').toString('utf8')) as { kind: string; ids: string[] };
    if (t.kind === kind && Array.isArray(t.ids)) return t.ids;
  } catch {
    // fall through
  }
  throw new AppsScriptException('Invalid argument: continuationToken');
}

class ItemIterator<T> extends Emulated {
  private pos = 0;

  constructor(
    className: string,
    log: CallLog,
    private readonly kind: 'file' | 'folder',
    private readonly ids: string[],
    private readonly make: (id: string) => T,
  ) {
    super(className, log);
  }

  hasNext(): boolean {
    return this.pos < this.ids.length;
  }

  next(): T {
    if (this.pos >= this.ids.length) throw new AppsScriptException('Cannot retrieve the next object: iterator has reached the end.');
    return this.make(this.ids[this.pos++]);
  }

  getContinuationToken(): string {
    return encodeToken(this.kind, this.ids.slice(this.pos));
  }
}

export class FileIterator<T> extends ItemIterator<T> implements FileIteratorApi {
  constructor(log: CallLog, ids: string[], make: (id: string) => T) {
    super('FileIterator', log, 'file', ids, make);
  }
}

export class FolderIterator<T>
  extends ItemIterator<T>
  implements ApiSubset<GoogleAppsScript.Drive.FolderIterator, 'hasNext' | 'next' | 'getContinuationToken'>
{
  constructor(log: CallLog, ids: string[], make: (id: string) => T) {
    super('FolderIterator', log, 'folder', ids, make);
  }
}
