/** Sidebar API: contacts (the partners list searches partners and contacts client-side). */
import type { ContactSummary } from '../../domain/contracts';
import { CONTACTS } from '../../domain/schema/tables';
import { READERS } from '../../domain/settings/access';
import { summariseContact } from '../../domain/partners/partner-detail';
import { SheetTable } from '../../services/sheet-table';
import { read_ } from '../request';

/** Every contact of every partner: one read of Contacts whatever its size. */
export function listContacts(): ContactSummary[] {
  return read_(READERS, ({ ctx }) =>
    SheetTable.open(ctx, CONTACTS)
      .all()
      .map((s) => summariseContact(s.record)),
  );
}
