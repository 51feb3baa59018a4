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
  expect(listArchived(store, 'Contacts').items.map((c) => [c.summary.match(/Nom : ([^;]+)/)?.[1].trim(), c.archivedAt])).toEqual([
    ['Ibrahim Coulibaly', '2026-03-13T10:00:00'],
    ['Awa Traoré', '2026-03-12T09:00:00'],
  ]);

  restoreRecord(store, 'Partenaires', id);
  expect(listed()).toEqual(['CNJ Mali', 'Orange Mali']);
  // Awa was archived on her own, before: she stays archived.
  expect(contactNames()).toEqual(['Ibrahim Coulibaly', 'Moussa Keita']);
});

it('lists archives a page at a time, most recent first, each described as a person reads it', () => {
  const fresh = new MemoryStore({ user: 'chargee@amade.org', now: () => clock });
  const { id } = savePartner(
    fresh,
    settings,
    { name: 'Mairie de Ségou', type: 'Collectivité territoriale' },
    Array.from({ length: 25 }, (_, i) => ({ name: `Contact ${i + 1}`, primary: i === 0 })),
  );
  const contacts = fresh.table(CONTACTS).all();
  contacts.forEach((c, i) => {
    clock = new Date(Date.UTC(2026, 2, 1, 8, i));
    archiveRecord(fresh, 'Contacts', c.record.id);
  });
  const first = listArchived(fresh, 'Contacts');
  expect([first.total, first.items.length]).toEqual([25, 20]);
  expect(first.items[0].summary).toContain('Nom : Contact 25');
  const next = listArchived(fresh, 'Contacts', { offset: 20 });
  expect(next.items.map((c) => c.summary.match(/Nom : ([^;]+)/)?.[1].trim())).toEqual(['Contact 5', 'Contact 4', 'Contact 3', 'Contact 2', 'Contact 1']);
  // The main contact: « oui », not « true ».
  expect(next.items[4].summary).toContain('Principal : oui');
  expect(next.items[4].summary).not.toMatch(/true|false/);
  expect(listArchived(fresh, 'Partenaires').total).toBe(0);
  expect(fresh.table(PARTNERS).get(id)).toBeDefined();
});
