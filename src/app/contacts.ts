/** Contacts of every partner (the partners list searches partners and contacts client-side). */
import type { ContactSummary } from '../domain/contracts';
import { CONTACTS } from '../domain/schema/tables';
import { summariseContact } from '../domain/partners/partner-detail';
import type { Store } from '../store/store';

/** Every contact of every partner: one read of Contacts whatever its size. */
export function listContacts(store: Store): ContactSummary[] {
  return store
    .table(CONTACTS)
    .all()
    .map((s) => summariseContact(s.record));
}
