/** Archiving on the in-memory store (src/app/archive.ts): out of every list, kept, restorable; a partner with its contacts. */
import { CONTACTS, PARTNERS } from '../../src/domain/schema/tables';
import { parseSettings } from '../../src/domain/settings/settings';
import { MemoryStore } from '../../src/store/memory-store';
import { archiveRecord, listArchived, restoreRecord } from '../../src/app/archive';
import { searchPartners, savePartner } from '../../src/app/partners';

const settings = parseSettings([]);
let clock = new Date('2026-03-12T09:00:00Z');
const store = new MemoryStore({ user: 'chargee@amade.org', now: () => clock });
/** The partners list as the sidebar shows it (no contacts index kept: a search would read Contacts). */
const listed = () => searchPartners({ store, contactIndex: { read: () => null, save: () => {} } }).items.map((p) => p.name);
const contactNames = () =>
  store
    .table(CONTACTS)
    .all()
    .map((s) => s.record.name);

it('archives a partner with its shown contacts, keeps a contact archived before on its own, and restores them together', () => {
  const { id } = savePartner(store, settings, { name: 'CNJ Mali', type: 'OSC' }, [{ name: 'Awa Traoré' }, { name: 'Ibrahim Coulibaly' }]);
  savePartner(store, settings, { name: 'Orange Mali', type: 'Secteur privé' }, [{ name: 'Moussa Keita' }]);
  const [awa] = store.table(CONTACTS).all();
  archiveRecord(store, 'Contacts', awa.record.id);
  clock = new Date('2026-03-13T10:00:00Z');
  archiveRecord(store, 'Partenaires', id);
  expect(listed()).toEqual(['Orange Mali']);
  expect(contactNames()).toEqual(['Moussa Keita']);
  expect(store.table(PARTNERS).all({ archived: true })).toHaveLength(2);
  expect(listArchived(store, 'Contacts').map((c) => [c.summary.match(/Nom : ([^;]+)/)?.[1].trim(), c.archivedAt])).toEqual([
    ['Ibrahim Coulibaly', '2026-03-13T10:00:00'],
    ['Awa Traoré', '2026-03-12T09:00:00'],
  ]);

  restoreRecord(store, 'Partenaires', id);
  expect(listed()).toEqual(['CNJ Mali', 'Orange Mali']);
  // Awa was archived on her own, before: she stays archived.
  expect(contactNames()).toEqual(['Ibrahim Coulibaly', 'Moussa Keita']);
});
