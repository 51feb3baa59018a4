/**
 * What a use case is given besides its arguments: the Store over Pacte's sheets and one small
 * port per Google service it must drive (Docs, Drive, Forms, mail, triggers…). Declared here, in
 * the words of the use cases; implemented over Apps Script in src/services, wired once per
 * execution by the server's frame (src/server/frame/ports.ts), and by plain objects in tests.
 */
import type { Store } from '../store/store';
import type { DocumentsPort } from './ports/documents';
import type { MailPort } from './ports/mail';
import type { RequestPort } from './ports/request';

export interface Ports {
  readonly store: Store;
  readonly documents: DocumentsPort;
  readonly request: RequestPort;
  readonly mail: MailPort;
}
