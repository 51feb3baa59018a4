/** "Ma semaine": the caller's items due up to today + 7 (overdue included), overdue first then by date. */
import { addDays } from '../../src/domain/format/local-date';
import { buildMyWeek, type MyWeekSources } from '../../src/domain/pipeline/my-week';

const TODAY = '2026-03-12';
const AWA = 'awa.traore@ajcad-mali.org';
const MOUSSA = 'moussa.keita@ajcad-mali.org';

const SOURCES: MyWeekSources = {
  partners: [
    { id: 'PAR-0001', name: 'Délégation de l’Union européenne au Mali', owner: AWA, nextAction: 'Envoyer le rapport annuel', nextDue: '2026-03-19' },
    { id: 'PAR-0002', name: 'Oxfam au Mali', owner: AWA, nextAction: 'Rappeler la chargée de programme', nextDue: '2026-03-20' },
    { id: 'PAR-0003', name: 'Mairie de Mopti', owner: MOUSSA, nextAction: 'Visite', nextDue: '2026-03-13' },
    { id: 'PAR-0004', name: 'WILDAF Mali', owner: 'Awa.Traore@AJCAD-mali.org', nextAction: '', nextDue: '2026-02-01' },
    { id: 'PAR-0005', name: 'Studio Tamani', owner: AWA, nextAction: 'Émission', nextDue: '' },
  ],
  opportunities: [
    {
      id: 'OPP-0001',
      partnerId: 'PAR-0001',
      partnerName: 'Délégation de l’Union européenne au Mali',
      title: 'Budget participatif',
      stage: 'Note conceptuelle',
      nextAction: 'Soumettre la note',
      nextDue: TODAY,
      owner: AWA,
    },
    { id: 'OPP-0002', partnerId: 'PAR-0002', partnerName: '', title: 'Jeunes et paix', stage: 'Contact', nextAction: '', nextDue: '2026-03-05', owner: AWA },
    {
      id: 'OPP-0003',
      partnerId: 'PAR-0002',
      partnerName: 'Oxfam au Mali',
      title: 'Clos',
      stage: 'Abandonnée',
      nextAction: 'Rien',
      nextDue: '2026-03-01',
      owner: AWA,
    },
    {
      id: 'OPP-0004',
      partnerId: 'PAR-0003',
      partnerName: 'Mairie de Mopti',
      title: 'Budget communal',
      stage: 'Cible',
      nextAction: 'Rencontre',
      nextDue: '2026-03-14',
      owner: MOUSSA,
    },
  ],
  conventions: [{ id: 'CONV-0001', partnerId: 'PAR-0001' }],
  commitments: [
    { id: 'ENG-0001', conventionId: 'CONV-0001', kind: 'Rapport', label: 'Rapport narratif T1', due: '2026-03-15', owner: AWA, status: 'À faire' },
    { id: 'ENG-0002', conventionId: 'CONV-0001', kind: 'Versement', label: 'Deuxième tranche', due: '2026-03-10', owner: AWA, status: 'Réalisé' },
    { id: 'ENG-0003', conventionId: 'CONV-0001', kind: 'Livrable', label: 'Étude de base', due: '2026-03-09', owner: AWA, status: 'En retard' },
    { id: 'ENG-0004', conventionId: 'CONV-0001', kind: 'Activité', label: 'Atelier', due: '2026-03-11', owner: AWA, status: 'Annulé' },
    { id: 'ENG-0005', conventionId: 'CONV-0001', kind: 'Activité', label: 'Forum', due: '2026-03-12', owner: MOUSSA, status: 'En cours' },
  ],
};

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2026-03-12', 7)).toBe('2026-03-19');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2028-02-25', 7)).toBe('2028-03-03');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('buildMyWeek', () => {
  const week = buildMyWeek('Awa.Traore@ajcad-mali.org', TODAY, SOURCES);

  it("keeps the caller's items due on or before today + 7, overdue first then by date", () => {
    expect(week.today).toBe(TODAY);
    expect(week.user).toBe(AWA);
    expect(week.items.map((i) => [i.kind, i.id, i.due, i.overdue])).toEqual([
      ['partenaire', 'PAR-0004', '2026-02-01', true],
      ['opportunité', 'OPP-0002', '2026-03-05', true],
      ['engagement', 'ENG-0003', '2026-03-09', true],
      ['opportunité', 'OPP-0001', '2026-03-12', false],
      ['engagement', 'ENG-0001', '2026-03-15', false],
      ['partenaire', 'PAR-0001', '2026-03-19', false],
    ]);
  });

  it('leaves out items due on day 8, undated, closed opportunities, done or cancelled commitments and other people’s', () => {
    const ids = week.items.map((i) => i.id);
    for (const id of ['PAR-0002', 'PAR-0005', 'OPP-0003', 'ENG-0002', 'ENG-0004', 'PAR-0003', 'OPP-0004', 'ENG-0005']) expect(ids).not.toContain(id);
  });

  it('titles each item with its action and names its partner (commitments through their convention)', () => {
    const byId = Object.fromEntries(week.items.map((i) => [i.id, i]));
    expect(byId['OPP-0001']).toEqual({
      kind: 'opportunité',
      id: 'OPP-0001',
      title: 'Soumettre la note — Budget participatif',
      partnerName: 'Délégation de l’Union européenne au Mali',
      due: TODAY,
      overdue: false,
    });
    expect(byId['OPP-0002']).toMatchObject({ title: 'Jeunes et paix', partnerName: 'Oxfam au Mali' });
    expect(byId['ENG-0001']).toMatchObject({ title: 'Rapport : Rapport narratif T1', partnerName: 'Délégation de l’Union européenne au Mali' });
    expect(byId['PAR-0004']).toMatchObject({ title: 'Prochaine action', partnerName: 'WILDAF Mali' });
  });

  it('gives another user their own items, and an anonymous caller none', () => {
    expect(buildMyWeek(MOUSSA, TODAY, SOURCES).items.map((i) => i.id)).toEqual(['ENG-0005', 'PAR-0003', 'OPP-0004']);
    expect(buildMyWeek('', TODAY, SOURCES).items).toEqual([]);
  });

  it('moves with today: on the 13th, the item due on the 20th comes in and the 12th becomes overdue', () => {
    const next = buildMyWeek(AWA, '2026-03-13', SOURCES);
    expect(next.items.find((i) => i.id === 'PAR-0002')).toMatchObject({ due: '2026-03-20', overdue: false });
    expect(next.items.find((i) => i.id === 'OPP-0001')).toMatchObject({ overdue: true });
  });
});

describe('joint evaluations in the week', () => {
  it('lists the owner’s open evaluations due within the week, never a decided one', () => {
    const week = buildMyWeek(AWA, TODAY, {
      partners: [{ id: 'PAR-0009', name: 'Fondation Sahel' }],
      opportunities: [],
      commitments: [],
      conventions: [],
      evaluations: [
        { id: 'EVA-0001', partnerId: 'PAR-0009', owner: AWA, due: '2026-03-15', status: 'À faire' },
        { id: 'EVA-0002', partnerId: 'PAR-0009', owner: AWA, due: '2026-03-10', status: 'Décidée' },
        { id: 'EVA-0003', partnerId: 'PAR-0009', owner: AWA, due: '2026-03-25', status: 'En cours' },
        { id: 'EVA-0004', partnerId: 'PAR-0009', owner: MOUSSA, due: '2026-03-13', status: 'En cours' },
      ],
    });
    expect(week.items).toEqual([
      { kind: 'évaluation', id: 'EVA-0001', title: 'Évaluation conjointe', partnerName: 'Fondation Sahel', due: '2026-03-15', overdue: false },
    ]);
  });
});

describe('calls of « Veille » in the week', () => {
  it('lists the owner’s calls decided Go or still À étudier whose deadline is within 30 days, never a passed or far one', () => {
    const call = (id: string, decision: string, deadline: string, owner = AWA) => ({ id, title: `Appel ${id}`, funder: 'PNUD', owner, decision, deadline });
    const week = buildMyWeek(AWA, TODAY, {
      partners: [],
      opportunities: [],
      commitments: [],
      conventions: [],
      calls: [
        call('VEI-0001', 'Go', '2026-04-11'), // today + 30: in
        call('VEI-0002', 'À étudier', '2026-03-20'),
        call('VEI-0003', 'Candidater', '2026-03-12'), // an old sheet's « Candidater » reads as Go; today: in
        call('VEI-0004', 'No go', '2026-03-15'),
        call('VEI-0005', 'Go', '2026-04-12'), // today + 31
        call('VEI-0006', 'Go', '2026-03-11'), // passed: the call is closed
        call('VEI-0007', '', '2026-03-15'), // nobody decided anything yet
        call('VEI-0008', 'Go', '2026-03-15', MOUSSA),
      ],
    });
    expect(week.items).toEqual([
      { kind: 'veille', id: 'VEI-0003', title: 'Date limite : Appel VEI-0003', partnerName: 'PNUD', due: '2026-03-12', overdue: false },
      { kind: 'veille', id: 'VEI-0002', title: 'Date limite : Appel VEI-0002', partnerName: 'PNUD', due: '2026-03-20', overdue: false },
      { kind: 'veille', id: 'VEI-0001', title: 'Date limite : Appel VEI-0001', partnerName: 'PNUD', due: '2026-04-11', overdue: false },
    ]);
  });
});
