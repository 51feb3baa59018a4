/** Installs the MailApp global, and exports the emulator-only outbox, quota and bounce helpers. */
import type { World } from '../core/world';
import { MailApp } from './mail-app';

export { _outbox, _setMailQuota, _bounce, _bounces, _failNextSends, MAIL_FAILURES, type SentMessage, type Bounce } from './mail-state';

export function installMailApp(world: World): Record<string, unknown> {
  return { MailApp: new MailApp(world) };
}
