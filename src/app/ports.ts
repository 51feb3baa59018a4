/**
 * What a use case is given besides its arguments: the Store over Pacte's sheets and one small
 * port per Google service it must drive (Docs, Drive, Forms, mail, triggers…). Declared here, in
 * the words of the use cases; implemented over Apps Script in src/services, wired once per
 * execution by the server's frame (src/server/frame/ports.ts), and by plain objects in tests.
 */
import type { Store } from '../store/store';
import type { SurveysPort } from './ports/surveys';

export interface Ports {
  readonly store: Store;
  readonly surveys: SurveysPort;
}
