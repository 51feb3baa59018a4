/**
 * The partners list's search, on the server: a partner matches when its name, acronym, type,
 * category, region, owner or ID, or the name, email or role of one of its contacts, holds the
 * query (accents, case and extra spaces ignored). Only the asked page crosses to the sidebar.
 */
import type { PartnerHit, PartnerPage, PartnerSummary } from '../contracts';
import type { Row } from '../schema/field';
import type { CONTACTS } from '../schema/tables';
import { foldText } from '../records/normalise';
import { text } from '../records/coerce';
import { pageOf } from '../contracts/paging';

/** What the search keeps of a contact: its partner, its name (shown), and its searched text, folded. */
export interface IndexedContact {
  partnerId: string;
  name: string;
  folded: string;
}

export function indexContact(c: Pick<Row<typeof CONTACTS>, 'partnerId' | 'name' | 'email' | 'role'>): IndexedContact {
  return { partnerId: text(c.partnerId), name: text(c.name), folded: foldText(`${text(c.name)} ${text(c.email)} ${text(c.role)}`) };
}

/** `partners` sorted as they should be listed; the page keeps that order. */
export function searchPartnerList(
  partners: readonly PartnerSummary[],
  contacts: readonly IndexedContact[],
  query: string,
  offset: number,
  limit: number,
): PartnerPage {
  const q = foldText(query);
  if (!q) {
    const items = pageOf(partners, offset, limit).map((p) => ({ ...p, matchedContacts: [] }));
    return { items, total: partners.length, all: partners.length, offset };
  }
  // Contacts are searched once each; a partner keeps the names of those that matched.
  const byContact = new Map<string, string[]>();
  for (const c of contacts) {
    if (c.folded.includes(q)) byContact.set(c.partnerId, [...(byContact.get(c.partnerId) ?? []), c.name]);
  }
  const hits: PartnerHit[] = [];
  for (const p of partners) {
    const own = foldText([p.name, p.acronym, p.type, p.category, p.region, p.owner, p.id].join(' ')).includes(q);
    const people = byContact.get(p.id);
    if (own || people) hits.push({ ...p, matchedContacts: own ? [] : (people ?? []) });
  }
  return { items: pageOf(hits, offset, limit), total: hits.length, all: partners.length, offset };
}
