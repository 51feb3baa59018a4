/** Sidebar API: contacts (src/app/contacts.ts). */
import { listContacts as list } from '../../app/contacts';
import { storeFor } from '../../services/sheets-store';
import { serve } from '../endpoint';

export const listContacts = serve('listContacts', ({ ctx }) => list(storeFor(ctx)));
