/** Interactions: links checked, latest date, next steps rolled up to the partner and the opportunity. */
import { checkInteractionLinks, latestInteractionDate, rollUpInteraction, summariseInteraction } from '../../src/domain/interactions/roll-up';

const PARTNER = { id: 'PAR-0001', name: 'Oxfam au Mali' };
const OPPORTUNITY = { id: 'OPP-0001', partnerId: 'PAR-0001' };

describe('checkInteractionLinks', () => {
  it('accepts a known partner, with or without an opportunity of that partner', () => {
    expect(() => checkInteractionLinks({ partnerId: 'PAR-0001', opportunityId: '' }, PARTNER, undefined)).not.toThrow();
    expect(() => checkInteractionLinks({ partnerId: 'PAR-0001', opportunityId: 'OPP-0001' }, PARTNER, OPPORTUNITY)).not.toThrow();
  });

  it('names the column in French for an unknown partner, an unknown opportunity or another partner’s opportunity', () => {
    expect(() => checkInteractionLinks({ partnerId: 'PAR-0999' }, undefined, undefined)).toThrow(
      "Interactions, colonne « ID partenaire » : aucun partenaire avec l'ID « PAR-0999 » dans Partenaires.",
    );
    expect(() => checkInteractionLinks({ partnerId: 'PAR-0001', opportunityId: 'OPP-0999' }, PARTNER, undefined)).toThrow(
      "Interactions, colonne « ID opportunité » : aucune opportunité avec l'ID « OPP-0999 » dans Opportunités.",
    );
    expect(() => checkInteractionLinks({ partnerId: 'PAR-0001', opportunityId: 'OPP-0002' }, PARTNER, { id: 'OPP-0002', partnerId: 'PAR-0002' })).toThrow(
      "Interactions, colonne « ID opportunité » : l'opportunité « OPP-0002 » concerne le partenaire « PAR-0002 », pas « PAR-0001 » (Oxfam au Mali).",
    );
  });
});

describe('roll-up', () => {
  const history = [
    { partnerId: 'PAR-0001', date: '2026-02-10' },
    { partnerId: 'PAR-0001', date: '2026-03-02' },
    { partnerId: 'PAR-0002', date: '2026-03-10' },
    { partnerId: 'PAR-0001', date: '' },
  ];

  it('finds the partner’s latest interaction date', () => {
    expect(latestInteractionDate(history, 'PAR-0001')).toBe('2026-03-02');
    expect(latestInteractionDate(history, 'PAR-0003')).toBe('');
  });

  it('copies next steps and their due date to the partner and the opportunity', () => {
    const r = rollUpInteraction(
      { partnerId: 'PAR-0001', opportunityId: 'OPP-0001', date: '2026-03-12', nextSteps: 'Envoyer la note conceptuelle', nextDue: '2026-03-20' },
      '2026-03-12',
    );
    expect(r).toEqual({
      lastInteraction: '2026-03-12',
      partnerPatch: { nextAction: 'Envoyer la note conceptuelle', nextDue: '2026-03-20' },
      opportunityPatch: { nextAction: 'Envoyer la note conceptuelle', nextDue: '2026-03-20' },
    });
  });

  it('copies only what is given, and nothing to an opportunity that is not named', () => {
    expect(rollUpInteraction({ partnerId: 'PAR-0001', date: '2026-03-12', nextSteps: '', nextDue: '2026-03-20' }, '2026-03-12')).toEqual({
      lastInteraction: '2026-03-12',
      partnerPatch: { nextDue: '2026-03-20' },
      opportunityPatch: {},
    });
    expect(rollUpInteraction({ partnerId: 'PAR-0001', date: '2026-03-12' }, '2026-03-12').partnerPatch).toEqual({});
  });

  it('does not let an older meeting recorded late overwrite the plan of a newer one', () => {
    const r = rollUpInteraction(
      { partnerId: 'PAR-0001', opportunityId: 'OPP-0001', date: '2026-02-01', nextSteps: 'Ancienne suite', nextDue: '2026-02-15' },
      '2026-03-02',
    );
    expect(r).toEqual({ lastInteraction: '2026-03-02', partnerPatch: {}, opportunityPatch: {} });
  });

  it('summarises an interaction as plain JSON', () => {
    expect(
      summariseInteraction({
        id: 'INT-0001',
        date: '2026-03-12',
        partnerId: 'PAR-0001',
        opportunityId: null,
        type: 'Appel',
        summary: 'Point',
        decisions: '',
        nextSteps: '',
        nextDue: '',
      }),
    ).toEqual({
      id: 'INT-0001',
      date: '2026-03-12',
      partnerId: 'PAR-0001',
      opportunityId: '',
      type: 'Appel',
      summary: 'Point',
      decisions: '',
      nextSteps: '',
      nextDue: '',
    });
  });
});
