/**
 * Who may see or change a Drive item: owner, editors, viewers, or link/anyone sharing — on the
 * item or on a folder above it: "Access control lists (ACLs) for a folder propagate downward, and
 * all child files and folders inherit permissions from the parent"
 * (https://developers.google.com/workspace/drive/api/guides/manage-sharing#permission-propagation).
 */
import type { DriveRecord } from '../core/drive-store';

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

function sharedWith(rec: DriveRecord, user: string): boolean {
  const { access } = rec.sharing;
  if (access === 'ANYONE' || access === 'ANYONE_WITH_LINK') return true;
  if ((access === 'DOMAIN' || access === 'DOMAIN_WITH_LINK') && user !== '') return domainOf(user) === domainOf(rec.owner);
  return false;
}

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Looks parents up (the Drive store); without it only the item's own sharing counts. */
export interface ParentLookup {
  get(id: string): DriveRecord | undefined;
}

/** The item, then each folder above it (a cycle cannot occur in Drive, but is guarded against). */
function lineage(rec: DriveRecord, store?: ParentLookup): DriveRecord[] {
  const out = [rec];
  for (let i = 0; i < out.length && store; i++) {
    for (const id of out[i].parentIds) {
      const parent = store.get(id);
      if (parent && !out.includes(parent)) out.push(parent);
    }
  }
  return out;
}

function editsItself(rec: DriveRecord, user: string): boolean {
  if (user !== '' && (same(rec.owner, user) || rec.editors.some((e) => same(e, user)))) return true;
  return sharedWith(rec, user) && rec.sharing.permission === 'EDIT';
}

export function canView(rec: DriveRecord, user: string, store?: ParentLookup): boolean {
  return lineage(rec, store).some((r) => editsItself(r, user) || (user !== '' && r.viewers.some((v) => same(v, user))) || sharedWith(r, user));
}

export function canEdit(rec: DriveRecord, user: string, store?: ParentLookup): boolean {
  return lineage(rec, store).some((r) => editsItself(r, user));
}
