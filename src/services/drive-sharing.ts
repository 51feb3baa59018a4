/**
 * Makes the sharing of a Pacte folder follow Paramètres › Rôles (Drive v3 Permissions): people
 * added get access, people removed lose it, a changed role changes the permission (writer ↔
 * reader). What the folder holds inherits its access ("ACLs for a folder propagate downward",
 * developers.google.com/workspace/drive/api/guides/manage-sharing#permission-propagation), so
 * only the folder is changed. Never the owner, never the account running Pacte. No e-mail from Drive.
 */
import { planSharing, type CurrentPermission, type Team } from '../domain/sharing/folder-sharing';

export interface SharingChanges {
  added: { email: string; role: 'writer' | 'reader' }[];
  changed: { email: string; role: 'writer' | 'reader' }[];
  removed: string[];
}

function permissions(): GoogleAppsScript.Drive['Permissions'] {
  const service = (globalThis as { Drive?: GoogleAppsScript.Drive }).Drive;
  if (!service) throw new Error("Le service avancé Drive (v3) n'est pas activé dans appsscript.json : Pacte ne peut pas partager son dossier.");
  return service.Permissions;
}

/** The folder's user permissions (every page). */
function listUsers(folderId: string): CurrentPermission[] {
  const out: CurrentPermission[] = [];
  let pageToken: string | undefined;
  do {
    const page = permissions().list(folderId, { fields: 'nextPageToken,permissions(id,type,role,emailAddress)', ...(pageToken ? { pageToken } : {}) });
    for (const p of page.permissions ?? []) if (p.type === 'user' && p.emailAddress) out.push({ id: p.id!, email: p.emailAddress, role: p.role ?? '' });
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return out;
}

/** Applies the team to the folder: one list call, then one call per person whose access changes. */
export function syncFolderSharing(rootId: string, team: Team): SharingChanges {
  const me = Session.getEffectiveUser().getEmail();
  const plan = planSharing(listUsers(rootId), team, me ? [me] : []);
  const api = permissions();
  for (const p of plan.remove) api.remove(rootId, p.id);
  for (const p of plan.change) api.update({ role: p.role }, rootId, p.id);
  for (const p of plan.add) api.create({ type: 'user', role: p.role, emailAddress: p.email }, rootId, { sendNotificationEmail: false });
  return { added: plan.add, changed: plan.change.map(({ email, role }) => ({ email, role })), removed: plan.remove.map((p) => p.email) };
}

/** View access for each address without access to the folder yet (one list call, one create per address added); those added. */
export function addReaders(folderId: string, emails: readonly string[]): string[] {
  const have = new Set(listUsers(folderId).map((p) => p.email.toLowerCase()));
  const added = [...new Set(emails.map((e) => e.toLowerCase()))].filter((e) => !have.has(e));
  for (const email of added) permissions().create({ type: 'user', role: 'reader', emailAddress: email }, folderId, { sendNotificationEmail: false });
  return added;
}
