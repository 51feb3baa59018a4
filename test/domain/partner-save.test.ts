/** What a partner's save changes (domain/partners/partner-save.ts), decided before anything is written. */
import type { Row } from '../../src/domain/schema/field';
import type { CONTACTS, PARTNERS } from '../../src/domain/schema/tables';
import { NEW_PARTNER, planPartnerSave, type PartnerSaveInput } from '../../src/domain/partners/partner-save';

const contact = (c: Partial<Row<typeof CONTACTS>>): Row<typeof CONTACTS> => ({ name: 'Awa', email: '', primary: false, ...c }) as Row<typeof CONTACTS>;
const partner = (p: Partial<Row<typeof PARTNERS>>) => ({
  row: 5,
  record: { name: 'AMADE', type: 'OSC', stage: 'Identification', ...p } as Row<typeof PARTNERS>,
});

const SHEET: Row<typeof CONTACTS>[] = [
  contact({ id: 'CON-0001', partnerId: 'PAR-0001', name: 'Awa', primary: true }),
  contact({ id: 'CON-0002', partnerId: 'PAR-0001', name: 'Bakary' }),
  contact({ id: 'CON-0003', partnerId: 'PAR-0002', name: 'Chaka', primary: true }),
];

const plan = (over: Partial<PartnerSaveInput>) =>
  planPartnerSave({
    partnerInput: { name: 'AMADE', type: 'OSC' },
    existing: null,
    contactInputs: [],
    contacts: SHEET,
    partnerExists: (id) => id === 'PAR-0001' || id === 'PAR-0002',
    ...over,
  });

it('a new partner starts at Identification and its new contacts belong to it', () => {
  const p = plan({ contactInputs: [{ name: 'Fanta', email: 'fanta@amade.org', primary: true }] });
  expect(p.errors).toEqual([]);
  expect(p.partner.stage).toBe('Identification');
  expect(p.contacts).toEqual([{ position: 1, id: '', record: expect.objectContaining({ name: 'Fanta', partnerId: NEW_PARTNER, primary: true }) }]);
  expect(p.demoted).toEqual([]);
});

it('a new primary contact demotes the partner’s former one, not another partner’s', () => {
  const p = plan({ existing: partner({ id: 'PAR-0001' }), partnerInput: { id: 'PAR-0001' }, contactInputs: [{ id: 'CON-0002', primary: true }] });
  expect(p.errors).toEqual([]);
  expect(p.contacts.map((c) => [c.id, c.record.primary])).toEqual([['CON-0002', true]]);
  expect(p.demoted).toEqual(['CON-0001']);
});

it('two primary contacts for one partner are refused, naming both', () => {
  const p = plan({ contactInputs: [{ name: 'Fanta', primary: true }, { name: 'Oumar' }, { name: 'Moussa', primary: true }] });
  expect(p.errors.map((e) => [e.field, e.message, e.positions])).toEqual([
    ['primary', "Contacts 1 et 3, colonne « Principal » : un partenaire n'a qu'un contact principal ; n'en cochez qu'un.", [1, 3]],
  ]);
});

it('a contact of another partner cannot be taken over: the error names the contact and its owner', () => {
  const p = plan({
    existing: partner({ id: 'PAR-0001' }),
    partnerInput: { id: 'PAR-0001' },
    contactInputs: [{ name: 'Nouvelle' }, { id: 'CON-0003', name: 'Chaka' }],
  });
  expect(p.errors).toEqual([
    {
      sheet: 'Contacts',
      row: null,
      field: 'partnerId',
      header: 'ID partenaire',
      message: 'Contact 2 : le contact CON-0003 appartient à un autre partenaire (PAR-0002).',
      positions: [2],
    },
  ]);
});

it('an unknown contact ID, an unknown partner and a bad email are each reported with the contact’s position and column', () => {
  const p = plan({
    contactInputs: [
      { id: 'CON-0099', name: 'X' },
      { name: 'Y', partnerId: 'PAR-0404' },
      { name: 'Z', email: 'pas-un-email' },
    ],
  });
  expect(p.errors.map((e) => e.message)).toEqual([
    "Contact 1 : aucun contact avec l'ID « CON-0099 » dans la feuille Contacts.",
    "Contact 2, colonne « ID partenaire » : aucun partenaire avec l'ID « PAR-0404 ».",
    expect.stringMatching(/^Contact 3, colonne « Email » : .*adresse email/),
  ]);
  // Each names its form among those sent, for the sidebar to show it beside that contact's field.
  expect(p.errors.map((e) => e.positions)).toEqual([[1], [2], [3]]);
});

it('an edit may not change the stage; a creation may not start past Analyse', () => {
  const edit = plan({ existing: partner({ id: 'PAR-0001' }), partnerInput: { id: 'PAR-0001', stage: 'Analyse' } });
  expect(edit.errors.map((e) => e.message)).toEqual([
    expect.stringContaining("Partenaires, ligne 5, colonne « Statut du cycle » : l'étape se change depuis la fiche"),
  ]);
  const same = plan({ existing: partner({ id: 'PAR-0001' }), partnerInput: { id: 'PAR-0001', stage: 'Identification', name: 'AMADE Mali' } });
  expect(same.errors).toEqual([]);
  expect(same.partner).not.toHaveProperty('stage');
  const late = plan({ partnerInput: { name: 'X', type: 'OSC', stage: 'Clôture' } });
  expect(late.errors.map((e) => e.message)).toEqual([expect.stringContaining("un nouveau partenaire commence à l'étape Identification")]);
});
