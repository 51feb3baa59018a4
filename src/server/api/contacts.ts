/** Sidebar API: contacts (the partners list searches partners and contacts client-side). */
import { CONTACTS } from '../../domain/schema/tables';
import { summariseContact } from '../../domain/partners/partner-detail';
import { SheetTable } from '../../services/sheet-table';
import { serve } from '../endpoint';

/** Every contact of every partner: one read of Contacts whatever its size. */
export const listContacts = serve('listContacts', ({ ctx }) =>
  SheetTable.open(ctx, CONTACTS)
    .all()
    .map((s) => summariseContact(s.record)),
);
