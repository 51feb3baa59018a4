/** Drive's User (owner, editors, viewers of a file). */
import type { ApiSubset } from '../core/api-subset';
import type { CallLog } from '../core/call-log';
import { Emulated } from '../core/emulated';

type UserApi = ApiSubset<GoogleAppsScript.Drive.User, 'getEmail' | 'getName' | 'getDomain'>;

export class User extends Emulated implements UserApi {
  constructor(
    log: CallLog,
    private readonly email: string,
  ) {
    super('User', log);
  }

  getEmail(): string {
    return this.email;
  }

  /** The emulator knows no display names: the local part of the address stands in. */
  getName(): string {
    return this.email.slice(0, this.email.indexOf('@'));
  }

  getDomain(): string {
    return this.email.slice(this.email.indexOf('@') + 1);
  }
}
