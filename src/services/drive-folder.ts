/**
 * Pacte's Drive folders: « Pacte — <classeur> », then one subfolder per partner « <ID> <Nom> ».
 * Each is created once and its ID remembered in document properties (a folder the user trashed is
 * recreated). With the drive.file scope Pacte only reaches what it created, so:
 * - the folder is shared with the people of Paramètres › Rôles (editors: admin and chargé·e·s;
 *   viewers: the other roles), once per person; what is inside inherits that access;
 * - a user for whom Pacte cannot reach the organisation's folder (Google may count drive.file per
 *   user: a folder a colleague made through Pacte is then out of reach) gets a Pacte folder of
 *   their own, shared in the same way, rather than an error.
 */
import { partnerFolderName, rootFolderName } from '../domain/briefs/brief';
import { createFolder, folderOnce, folderState, share } from './drive-files';
import type { StoreContext } from './store-context';

const ROOT_KEY = 'pacte.drive.root';
const ownRootKey = (user: string) => `pacte.drive.root.${user.toLowerCase()}`;
const partnerKey = (rootId: string, partnerId: string) => `pacte.drive.partner.${rootId}.${partnerId}`;
const sharedKey = (folderId: string) => `pacte.drive.shared.${folderId}`;

export interface Team {
  editors: string[];
  viewers: string[];
}

/** Shares the folder with the people not given access yet (remembered per folder: no call when nobody is new). */
function shareWithTeam(folderId: string, team: Team): void {
  const props = PropertiesService.getDocumentProperties();
  const done = new Set<string>(JSON.parse(props.getProperty(sharedKey(folderId)) ?? '[]') as string[]);
  const editors = team.editors.filter((e) => !done.has(`writer:${e}`));
  const viewers = team.viewers.filter((e) => !done.has(`reader:${e}`) && !done.has(`writer:${e}`));
  if (!editors.length && !viewers.length) return;
  share(folderId, editors, 'writer');
  share(folderId, viewers, 'reader');
  for (const e of editors) done.add(`writer:${e}`);
  for (const e of viewers) done.add(`reader:${e}`);
  props.setProperty(sharedKey(folderId), JSON.stringify([...done].sort()));
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
  shareWithTeam(id, team);
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
