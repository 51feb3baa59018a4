/** Who may see or change a Drive item: owner, editors, viewers, or link/anyone sharing. */
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

export function canView(rec: DriveRecord, user: string): boolean {
  return canEdit(rec, user) || rec.viewers.some((v) => same(v, user)) || sharedWith(rec, user);
}

export function canEdit(rec: DriveRecord, user: string): boolean {
  if (user !== '' && (same(rec.owner, user) || rec.editors.some((e) => same(e, user)))) return true;
  return sharedWith(rec, user) && rec.sharing.permission === 'EDIT';
}
