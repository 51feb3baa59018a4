/** The sidebar's user as Pacte knows them: their address and role (what they may do follows from the declarations). */
import type { Session } from '../domain/contracts';
import { analysisRoles } from '../domain/settings/access';
import type { Role, Settings } from '../domain/settings/settings';
import type { Store } from '../store/store';

/** Withheld: what the use cases refuse this role under the settings, though the declarations allow it. */
export function sessionOf(store: Store, role: Role, settings: Settings): Session {
  return { email: store.user.toLowerCase(), role, withheld: analysisRoles(settings).includes(role) ? [] : ['saveAnalysis'] };
}
