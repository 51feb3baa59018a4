/** Sidebar API: contacts (src/app/contacts.ts). */
import { listContacts as list } from '../../app/contacts';
import { serve } from '../frame/endpoint';

export const listContacts = serve('listContacts', ({ ports }) => list(ports.store));
