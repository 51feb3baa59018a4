/** Session: who runs the current execution, under whose authority, in which zone. */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import { User } from '../core/user';
import type { World } from '../core/world';

type SessionApi = ApiSubset<
  GoogleAppsScript.Base.Session,
  'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getTemporaryActiveUserKey' | 'getActiveUserLocale'
>;

/** Per-world state: the locale of each user (getActiveUserLocale) and their opaque keys. */
export class SessionState {
  /** Locale by user email, e.g. 'fr' (Google returns the language of the user's account settings). */
  locales = new Map<string, string>();
  /** The language of WorldOptions.locale ('fr' for fr_FR). */
  defaultLocale: string;
  readonly keys = new Map<string, string>();
  /**
   * The Google Workspace domain of the script's users, e.g. 'example.com'. When set, a user
   * from elsewhere (a gmail.com account, a partner's domain) gets a blank email, as Session's
   * reference allows: "these restrictions generally do not apply if the developer runs the
   * script themselves or belongs to the same Google Workspace domain as the user". null: every
   * user's email is shared.
   */
  identityDomain: string | null = null;

  constructor(accountLocale: string) {
    this.defaultLocale = accountLocale.split(/[_-]/)[0];
  }
}

export function sessionState(world: World): SessionState {
  return world.state('script.session', () => new SessionState(world.locale));
}

export class Session extends Emulated implements SessionApi {
  constructor(private readonly world: World) {
    super('Session', world.log);
  }

  /** '' when Google cannot share the user's identity (consumer accounts, other domains, some triggers). */
  getActiveUser(): User {
    const user = this.world.execution.user;
    const domain = sessionState(this.world).identityDomain;
    const hidden = domain !== null && user.split('@')[1]?.toLowerCase() !== domain.toLowerCase();
    return new User(this.world.log, hidden ? '' : user);
  }

  getEffectiveUser(): User {
    return new User(this.world.log, this.world.execution.effectiveUser);
  }

  getScriptTimeZone(): string {
    return this.world.timeZone;
  }

  /** A key that is stable for one user of this script but does not reveal who the user is. */
  getTemporaryActiveUserKey(): string {
    const st = sessionState(this.world);
    const user = this.world.execution.user || this.world.execution.effectiveUser;
    let key = st.keys.get(user);
    if (!key) {
      key = '';
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
      for (let i = 0; i < 43; i++) key += alphabet[Math.floor(this.world.random() * 64)];
      key += '=';
      st.keys.set(user, key);
    }
    return key;
  }

  getActiveUserLocale(): string {
    const st = sessionState(this.world);
    return st.locales.get(this.world.execution.user) ?? st.defaultLocale;
  }
}
