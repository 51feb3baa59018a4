/** Base.User: a user known by address (Session's users, Spreadsheet owner, Protection editors); Drive's User extends it. */
import type { ApiSubset } from './api-subset';
import type { CallLog } from './call-log';
import { Emulated } from './emulated';

export class User extends Emulated implements ApiSubset<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(
    log: CallLog,
    protected readonly _email: string,
  ) {
    super('User', log);
  }

  getEmail(): string {
    return this._email;
  }
}
