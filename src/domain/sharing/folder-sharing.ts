/**
 * What Pacte's Drive folder should look like for Paramètres › Rôles: editors (admin, chargé·e)
 * write, the other roles read, nobody else. Pure: the service lists the folder's permissions, this
 * plans the changes, the service applies them. The owner and the person running Pacte are never
 * touched (Drive refuses to remove an owner, and removing oneself would cut Pacte off the folder).
 */

export interface Team {
  editors: string[];
  viewers: string[];
}

/** A user permission as Drive lists it. */
export interface CurrentPermission {
  id: string;
  email: string;
  role: string;
}

export interface SharingPlan {
  add: { email: string; role: 'writer' | 'reader' }[];
  change: { id: string; email: string; role: 'writer' | 'reader' }[];
  remove: { id: string; email: string }[];
}

/** Each person once, with the stronger role when listed twice. */
export function desiredRoles(team: Team): Map<string, 'writer' | 'reader'> {
  const out = new Map<string, 'writer' | 'reader'>();
  for (const e of team.viewers) out.set(e.trim().toLowerCase(), 'reader');
  for (const e of team.editors) out.set(e.trim().toLowerCase(), 'writer');
  out.delete('');
  return out;
}

/** The changes that make the folder's user permissions match the team; none when they already do. */
export function planSharing(current: readonly CurrentPermission[], team: Team, untouchable: readonly string[]): SharingPlan {
  const want = desiredRoles(team);
  const keep = new Set(untouchable.map((e) => e.toLowerCase()));
  const plan: SharingPlan = { add: [], change: [], remove: [] };
  const seen = new Set<string>();
  for (const p of current) {
    const email = p.email.toLowerCase();
    seen.add(email);
    if (p.role === 'owner' || keep.has(email)) continue;
    const role = want.get(email);
    if (!role) plan.remove.push({ id: p.id, email });
    else if (p.role !== role) plan.change.push({ id: p.id, email, role });
  }
  for (const [email, role] of want) if (!seen.has(email) && !keep.has(email)) plan.add.push({ email, role });
  return plan;
}

/** The team as a stable text, to know without a Drive call whether it changed since the last sync. */
export function teamFingerprint(team: Team): string {
  return JSON.stringify([...desiredRoles(team)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
