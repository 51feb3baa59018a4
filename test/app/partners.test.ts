/**
 * The partner use cases (src/app/partners.ts) on the in-memory store: what a user notices when
 * saving a fiche with its contacts, checking duplicates and moving the lifecycle stage.
 */
import { CONTACTS, JOURNAL, PARTNERS } from '../../src/domain/schema/tables';
import { parseSettings } from '../../src/domain/settings/settings';
import { ValidationError } from '../../src/domain/records/validate';
import { MemoryStore } from '../../src/store/memory-store';
import { checkPartnerDuplicates, getPartner, movePartnerStage, savePartner } from '../../src/app/partners';

const USER = 'chargee@amade.org';
const settings = parseSettings([]);
const newStore = () => new MemoryStore({ user: USER, now: () => new Date('2026-03-12T09:00:00Z') });
const contactsOf = (store: MemoryStore, partnerId: string) =>
  store
    .table(CONTACTS)
    .all()
    .map((s) => s.record)
    .filter((c) => c.partnerId === partnerId)
    .map((c) => [c.name, c.primary === true]);

/** The validation error's messages, or the thrown error's. */
function errorOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    return e instanceof ValidationError ? e.errors.map((x) => x.message) : [(e as Error).message];
  }
  throw new Error('expected an error');
}

it('creates a partner with its contacts, at Identification, its priority computed', () => {
  const store = newStore();
  const { id } = savePartner(store, settings, { name: 'AMADE', type: 'OSC', power: 'Élevé', interest: 'Élevé' }, [
    { name: 'Awa Traoré', email: 'awa@amade.org', primary: true },
    { name: 'Bakary Keïta' },
  ]);
  expect(id).toBe('PAR-0001');
  const partner = store.table(PARTNERS).getOrThrow(id).record;
  expect(partner.stage).toBe('Identification');
  expect(partner.quadrant).not.toBe('');
  expect(contactsOf(store, id)).toEqual([
    ['Awa Traoré', true],
    ['Bakary Keïta', false],
  ]);
});

it('a creation that looks like a duplicate is refused until confirmed; the check names the existing partner', () => {
  const store = newStore();
  savePartner(store, settings, { name: 'AMADE', type: 'OSC' }, []);
  expect(checkPartnerDuplicates(store, { name: 'a.m.a.d.e' }, [])).toEqual([expect.objectContaining({ id: 'PAR-0001' })]);
  expect(errorOf(() => savePartner(store, settings, { name: 'Amadé', type: 'OSC' }, []))).toEqual([
    expect.stringContaining('Ce partenaire existe peut-être déjà : AMADE — PAR-0001'),
  ]);
  expect(store.table(PARTNERS).all()).toHaveLength(1);
  expect(savePartner(store, settings, { name: 'Amadé', type: 'OSC' }, [], { confirmDuplicate: true }).id).toBe('PAR-0002');
});

it('a new primary contact replaces the former one: the partner keeps a single primary contact', () => {
  const store = newStore();
  const { id } = savePartner(store, settings, { name: 'AMADE', type: 'OSC' }, [{ name: 'Awa', primary: true }, { name: 'Bakary' }]);
  const bakary = store
    .table(CONTACTS)
    .all()
    .find((s) => s.record.name === 'Bakary')!.record.id;
  savePartner(store, settings, { id }, [{ id: bakary, primary: true }]);
  expect(contactsOf(store, id)).toEqual([
    ['Awa', false],
    ['Bakary', true],
  ]);
  expect(getPartner(store, settings, id).contacts.map((c) => c.name)).toEqual(['Bakary', 'Awa']);
});

it('two primary contacts in one save are refused and nothing is written', () => {
  const store = newStore();
  expect(
    errorOf(() =>
      savePartner(store, settings, { name: 'AMADE', type: 'OSC' }, [
        { name: 'Awa', primary: true },
        { name: 'Bakary', primary: true },
      ]),
    ),
  ).toEqual(["Contacts 1 et 2, colonne « Principal » : un partenaire n'a qu'un contact principal ; n'en cochez qu'un."]);
  expect(store.table(PARTNERS).all()).toEqual([]);
  expect(store.table(CONTACTS).all()).toEqual([]);
});

it("another partner's contact cannot be taken over: the error names the contact, its owner, and nothing is written", () => {
  const store = newStore();
  savePartner(store, settings, { name: 'AMADE', type: 'OSC' }, [{ name: 'Awa' }]);
  const { id } = savePartner(store, settings, { name: 'Jigiya', type: 'OSC' }, []);
  const before = store.table(JOURNAL).all().length;
  expect(errorOf(() => savePartner(store, settings, { id, name: 'Jigiya Mali' }, [{ name: 'Nouveau' }, { id: 'CON-0001', name: 'Awa' }]))).toEqual([
    'Contact 2 : le contact CON-0001 appartient à un autre partenaire (PAR-0001).',
  ]);
  expect(store.table(PARTNERS).getOrThrow(id).record.name).toBe('Jigiya');
  expect(store.table(JOURNAL).all()).toHaveLength(before);
});

it('a stage move is journaled with its note; a closing without a note is refused', () => {
  const store = newStore();
  const { id } = savePartner(store, settings, { name: 'AMADE', type: 'OSC' }, []);
  expect(errorOf(() => movePartnerStage(store, id, 'Clôture', ''))).toEqual([expect.stringMatching(/^PAR-0001 : .*note/)]);
  movePartnerStage(store, id, 'Catégorisation', 'Premier rendez-vous tenu');
  const entries = store
    .table(JOURNAL)
    .all()
    .map((s) => s.record)
    .filter((e) => e.recordId === id && e.field === 'Statut du cycle');
  expect(entries.map((e) => [e.action, e.before, e.after, e.user])).toEqual([
    ['transition', 'Identification', 'Catégorisation', USER],
    ['note', 'Identification', 'Premier rendez-vous tenu', USER],
  ]);
  expect(getPartner(store, settings, id).stageHistory).not.toEqual([]);
});
