/** The pipeline use cases (src/app/pipeline.ts) on the in-memory store: moves journaled, refusals naming the rule. */
import { CONVENTIONS, JOURNAL, OPPORTUNITIES, PARTNERS } from '../../src/domain/schema/tables';
import { parseSettings } from '../../src/domain/settings/settings';
import { MemoryStore } from '../../src/store/memory-store';
import { getBoard, moveOpportunity, saveOpportunity } from '../../src/app/pipeline';

const USER = 'chargee@amade.org';
const settings = parseSettings([]);

function workbook() {
  const store = new MemoryStore({ user: USER, now: () => new Date('2026-03-12T09:00:00Z') });
  const [partner] = store.table(PARTNERS).insert([{ name: 'Fondation Sahel', type: 'Fondation' }]);
  const { id } = saveOpportunity(store, 'chargé', settings, { title: 'Programme eau', partnerId: partner.id, stage: 'Contact' });
  const stageMoves = () =>
    store
      .table(JOURNAL)
      .all()
      .map((r) => r.record)
      .filter((r) => r.recordId === id && r.field === 'Étape')
      .map((r) => [r.action, r.before, r.after]);
  return { store, partner, id, stageMoves };
}

it('creates an opportunity with the partner copied, the default currency, the caller as owner and the stage probability', () => {
  const { store, id } = workbook();
  expect(store.table(OPPORTUNITIES).getOrThrow(id).record).toMatchObject({
    partnerName: 'Fondation Sahel',
    partnerType: 'Fondation',
    currency: 'XOF',
    owner: USER,
    stage: 'Contact',
    probability: 20,
  });
});

it('refuses an opportunity for a partner that does not exist, naming the column and the ID', () => {
  const store = new MemoryStore({ user: USER });
  expect(() => saveOpportunity(store, 'chargé', settings, { title: 'X', partnerId: 'PAR-0042', stage: 'Cible' })).toThrow(
    "Opportunités, colonne « ID partenaire » : aucun partenaire avec l'ID « PAR-0042 » dans Partenaires.",
  );
  expect(store.table(OPPORTUNITIES).all()).toHaveLength(0);
});

it('a move forward is journaled as a stage change, its probability following the stage', () => {
  const { store, id, stageMoves } = workbook();
  const card = moveOpportunity(store, 'chargé', settings, id, 'Négociation', '');
  expect(card).toMatchObject({ id, stage: 'Négociation', probability: 60 });
  expect(stageMoves()).toEqual([["changement d'étape", 'Contact', 'Négociation']]);
  expect(
    getBoard(store, settings, undefined)
      .columns.find((c) => c.stage === 'Négociation')
      ?.cards.map((c) => c.id),
  ).toEqual([id]);
});

it('refuses « Signée » without a linked convention and « Abandonnée » without a reason, writing nothing', () => {
  const { store, id, stageMoves } = workbook();
  expect(() => moveOpportunity(store, 'chargé', settings, id, 'Signée', '')).toThrow(/impossible de passer à « Signée » sans convention/);
  expect(() => moveOpportunity(store, 'chargé', settings, id, 'Abandonnée', '')).toThrow(
    "Opportunités, colonne « Motif (abandon/refus) » : indiquez le motif pour passer l'opportunité à « Abandonnée ».",
  );
  expect(store.table(OPPORTUNITIES).getOrThrow(id).record.stage).toBe('Contact');
  expect(stageMoves()).toEqual([]);
});

it('signs once a convention names the opportunity; only an admin reopens it', () => {
  const { store, partner, id, stageMoves } = workbook();
  store.table(CONVENTIONS).insert([{ partnerId: partner.id, type: 'Convention de partenariat', status: 'Signée', opportunityId: id }]);
  moveOpportunity(store, 'chargé', settings, id, 'Signée', '');
  expect(() => moveOpportunity(store, 'chargé', settings, id, 'Négociation', '')).toThrow(
    "Opportunités, colonne « Étape » : l'opportunité est « Signée » ; seul un administrateur peut la rouvrir ou la déplacer vers « Négociation ».",
  );
  moveOpportunity(store, 'admin', settings, id, 'Négociation', '');
  expect(stageMoves()).toEqual([
    ["changement d'étape", 'Contact', 'Signée'],
    ['réouverture', 'Signée', 'Négociation'],
  ]);
});
