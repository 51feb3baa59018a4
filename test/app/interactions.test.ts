/** The interaction use case (src/app/interactions.ts) on the in-memory store: what it rolls up to the partner and the opportunity. */
import { INTERACTIONS, JOURNAL, OPPORTUNITIES, PARTNERS } from '../../src/domain/schema/tables';
import { parseSettings } from '../../src/domain/settings/settings';
import { MemoryStore } from '../../src/store/memory-store';
import { savePartner } from '../../src/app/partners';
import { logInteraction } from '../../src/app/interactions';

const setup = () => {
  const store = new MemoryStore({ user: 'chargee@amade.org', now: () => new Date('2026-03-12T09:00:00Z') });
  const { id } = savePartner(store, parseSettings([]), { name: 'AMADE', type: 'OSC' }, []);
  return { store, partnerId: id };
};

it("an interaction becomes the partner's last one and its next steps the partner's and the opportunity's next action, journaled", () => {
  const { store, partnerId } = setup();
  const [opp] = store.table(OPPORTUNITIES).insert([{ partnerId, title: 'Appui aux cantines', stage: 'Contact' }]);
  const { id } = logInteraction(store, {
    date: '2026-03-10',
    partnerId,
    opportunityId: opp.id,
    type: 'Rendez-vous',
    nextSteps: 'Envoyer la note',
    nextDue: '2026-03-20',
  });
  const partner = store.table(PARTNERS).getOrThrow(partnerId).record;
  expect([partner.lastInteraction, partner.nextAction, partner.nextDue]).toEqual(['2026-03-10', 'Envoyer la note', '2026-03-20']);
  const o = store.table(OPPORTUNITIES).getOrThrow(opp.id).record;
  expect([o.nextAction, o.nextDue]).toEqual(['Envoyer la note', '2026-03-20']);
  const actions = store
    .table(JOURNAL)
    .all()
    .map((s) => s.record)
    .filter((e) => e.action === `suites de l'interaction ${id}`);
  expect(actions.map((e) => [e.sheet, e.field])).toEqual([
    ['Partenaires', 'Prochaine action'],
    ['Partenaires', 'Prochaine échéance'],
    ['Opportunités', 'Prochaine action'],
    ['Opportunités', 'Échéance'],
  ]);
});

it("an older interaction logged late keeps the partner's latest date and next action", () => {
  const { store, partnerId } = setup();
  logInteraction(store, { date: '2026-03-10', partnerId, type: 'Appel', nextSteps: 'Relancer' });
  logInteraction(store, { date: '2026-02-01', partnerId, type: 'Courriel', nextSteps: 'Ancienne suite' });
  const partner = store.table(PARTNERS).getOrThrow(partnerId).record;
  expect([partner.lastInteraction, partner.nextAction]).toEqual(['2026-03-10', 'Relancer']);
});

it('an interaction for an unknown partner is refused, naming the column, and nothing is written', () => {
  const { store } = setup();
  expect(() => logInteraction(store, { date: '2026-03-10', partnerId: 'PAR-0404', type: 'Appel' })).toThrow(
    "Interactions, colonne « ID partenaire » : aucun partenaire avec l'ID « PAR-0404 » dans Partenaires.",
  );
  expect(store.table(INTERACTIONS).all()).toEqual([]);
});
