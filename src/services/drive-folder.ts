/**
 * Pacte's Drive folders: « Pacte — <classeur> », then one subfolder per partner « <ID> <Nom> ».
 * Each is created once and its ID remembered in document properties (a folder the user trashed is
 * recreated). With the drive.file scope Pacte only reaches what it created, so:
 * - the folder's sharing follows Paramètres › Rôles (editors: admin and chargé·e·s; viewers: the
 *   other roles; nobody else): added, removed, changed (drive-sharing.ts); what is inside inherits it;
 * - a user for whom Pacte cannot reach the organisation's folder (Google may count drive.file per
 *   user: a folder a colleague made through Pacte is then out of reach) gets a Pacte folder of
 *   their own, shared in the same way, rather than an error.
 */
import { partnerFolderName, rootFolderName } from '../domain/briefs/brief';
import { teamFingerprint, type Team } from '../domain/sharing/folder-sharing';
import { createFolder, folderOnce, folderState } from './drive-files';
import { syncFolderSharing } from './drive-sharing';
import type { StoreContext } from './store-context';

const ROOT_KEY = 'pacte.drive.root';
const ownRootKey = (user: string) => `pacte.drive.root.${user.toLowerCase()}`;
const partnerKey = (rootId: string, partnerId: string) => `pacte.drive.partner.${rootId}.${partnerId}`;
const sharedKey = (folderId: string) => `pacte.drive.shared.${folderId}`;

export type { Team };

/**
 * Brings the folder's sharing in line with the team when the team changed since this caller last
 * did it (remembered per folder and caller, since the team leaves the caller out): no Drive call
 * while nobody's role changed; the daily job repairs whatever changed on Drive meanwhile.
 */
function shareWithTeam(folderId: string, team: Team, caller: string): void {
  const props = PropertiesService.getDocumentProperties();
  const seen = parseSeen(props.getProperty(sharedKey(folderId)));
  const fingerprint = teamFingerprint(team);
  if (seen[caller] === fingerprint) return;
  syncFolderSharing(folderId, team);
  props.setProperty(sharedKey(folderId), JSON.stringify({ ...seen, [caller]: fingerprint }));
}

/** Earlier versions kept a list of shared people here: it reads as « nothing synced yet ». */
function parseSeen(raw: string | null): Record<string, string> {
  const v: unknown = raw ? JSON.parse(raw) : {};
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, string>) : {};
}

/** The ID of Pacte's root folder as remembered, or null before Pacte has created it. */
export function pacteFolderId(): string | null {
  return PropertiesService.getDocumentProperties().getProperty(ROOT_KEY);
}

/** The organisation's Pacte folder, or the caller's own when Pacte cannot reach it for them; its ID. */
export function pacteFolder(ctx: StoreContext, team: Team): string {
  const props = PropertiesService.getDocumentProperties();
  const name = rootFolderName(ctx.spreadsheet.getName());
  const shared = props.getProperty(ROOT_KEY);
  const state = shared ? folderState(shared) : 'trashed';
  let id: string;
  if (shared && state === 'ok') id = shared;
  else if (state === 'trashed') {
    id = createFolder(name);
    props.setProperty(ROOT_KEY, id);
  } else {
    const own = props.getProperty(ownRootKey(ctx.user));
    if (own && folderState(own) === 'ok') id = own;
    else {
      id = createFolder(`${name} (${ctx.user})`);
      props.setProperty(ownRootKey(ctx.user), id);
    }
  }
  shareWithTeam(id, team, ctx.user.toLowerCase());
  return id;
}

/** The partner's folder inside the Pacte folder (created on first use); its ID. */
export function partnerFolder(rootId: string, partnerId: string, partnerName: string): string {
  const props = PropertiesService.getDocumentProperties();
  const key = partnerKey(rootId, partnerId);
  const known = props.getProperty(key);
  if (known && folderState(known) === 'ok') return known;
  // Looked up first: a folder made by a request that failed before recording it is reused, not doubled.
  const id = folderOnce(partnerFolderName(partnerId, partnerName), rootId);
  props.setProperty(key, id);
  return id;
}

/** People of Paramètres › Rôles: editors (admin, chargé) and readers (the other roles), the caller excluded. */
export function teamOf(roles: Readonly<Record<string, string>>, caller: string): Team {
  const people = Object.entries(roles).filter(([email]) => email !== caller.toLowerCase());
  const editing = ['admin', 'chargé'];
  return { editors: people.filter(([, r]) => editing.includes(r)).map(([e]) => e), viewers: people.filter(([, r]) => !editing.includes(r)).map(([e]) => e) };
}
