/** The sidebar's user as Pacte knows them: their address and role (what they may do follows from the declarations). */
import type { Session } from '../domain/contracts';
import type { Role } from '../domain/settings/settings';
import type { Store } from '../store/store';

export function sessionOf(store: Store, role: Role): Session {
  return { email: store.user.toLowerCase(), role };
}
