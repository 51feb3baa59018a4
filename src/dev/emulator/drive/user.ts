/** Drive's User (owner, editors, viewers of a file): Base.User plus name and domain. */
import type { ApiSubset } from '../core/api-subset';
import { User as BaseUser } from '../core/user';

type UserApi = ApiSubset<GoogleAppsScript.Drive.User, 'getEmail' | 'getName' | 'getDomain'>;

export class User extends BaseUser implements UserApi {
  /** The emulator knows no display names: the local part of the address stands in. */
  getName(): string {
    return this._email.slice(0, this._email.indexOf('@'));
  }

  getDomain(): string {
    return this._email.slice(this._email.indexOf('@') + 1);
  }
}
