/**
 * Events' rules: the loyalty actions of a period (held events and partner workshops, each once,
 * parts by type), follow-up lines read into next actions, the invitation e-mail and the agenda
 * template's values.
 */
import { loyaltyActions } from '../../src/domain/events/loyalty';
import { dateIn, firstPerPartner, nextActionAfter, planFollowUps } from '../../src/domain/events/follow-ups';
import { invitationKey, invitationMail } from '../../src/domain/events/invitation';
import { agendaData } from '../../src/domain/events/agenda';
import { TEMPLATES } from '../../src/domain/templates/defaults';
import { planFill } from '../../src/domain/templates/engine';
import { applyPlan, documentText } from '../../src/domain/templates/apply';
import type { Period } from '../../src/domain/kpi/model';
import { defaultTemplate } from '../support/default-template';

const march: Period = { kind: 'month', from: '2026-03-01', to: '2026-03-31', label: 'mars 2026' };
const year2025: Period = { kind: 'year', from: '2025-01-01', to: '2025-12-31', label: '2025' };

describe('loyaltyActions', () => {
  const events = [
    { id: 'EVT-0001', date: '2026-03-05', type: 'OpenDay', status: 'Tenu', partnerIds: 'PAR-0001, PAR-0002, PAR-0003' },
    // The same row read twice (a hand-copied line): counted once.
    { id: 'EVT-0001', date: '2026-03-05', type: 'OpenDay', status: 'Tenu', partnerIds: 'PAR-0001' },
    { id: 'EVT-0002', date: '2026-03-31', type: 'Atelier Bilan/Perspectives', status: 'Tenu' },
    { id: 'EVT-0003', date: '2026-03-20', type: 'Restitution', status: 'Invitations envoyées' },
    { id: 'EVT-0004', date: '2026-03-21', type: 'Visite', status: 'Annulé' },
    { id: 'EVT-0005', date: '2026-04-01', type: 'OpenDay', status: 'Tenu' },
    { id: 'EVT-0006', date: '2026-03-10', type: 'Visite', status: 'Tenu', archivedAt: '2026-03-11T10:00:00' },
    { id: 'EVT-0007', date: '2025-12-31', type: 'Restitution', status: 'Tenu' },
  ];
  const interactions = [
    { id: 'INT-0001', date: '2026-03-02', type: 'Atelier', partnerId: 'PAR-0004' },
    { id: 'INT-0002', date: '2026-03-03', type: 'Rendez-vous', partnerId: 'PAR-0004' },
    { id: 'INT-0003', date: '2026-02-28', type: 'Atelier', partnerId: 'PAR-0004' },
  ];

  it('counts the events held in the period once each, and the partner workshops, with parts by type', () => {
    expect(loyaltyActions(events, interactions, march)).toEqual({
      value: 3,
      parts: [
        { label: 'OpenDay', value: 1 },
        { label: 'Atelier Bilan/Perspectives', value: 1 },
        { label: 'Atelier (interaction)', value: 1 },
      ],
    });
  });

  it('an empty month counts zero with no parts', () => {
    expect(loyaltyActions(events, interactions, { kind: 'month', from: '2026-05-01', to: '2026-05-31', label: 'mai 2026' })).toEqual({ value: 0, parts: [] });
  });

  it('the year boundary: the 31 December belongs to the year that ends', () => {
    expect(loyaltyActions(events, interactions, year2025)).toEqual({ value: 1, parts: [{ label: 'Restitution', value: 1 }] });
  });
});

describe('follow-ups', () => {
  const partners = [
    { id: 'PAR-0001', name: 'Conseil National de la Jeunesse', acronym: 'CNJ' },
    { id: 'PAR-0002', name: 'Association Kènè', acronym: '' },
  ];

  it('each line goes to the partner it names (by acronym or name, accents aside), with its date', () => {
    const plan = planFollowUps(
      '- Envoyer le rapport au CNJ avant le 15 avril\nPartager la liste des jeunes avec l’association Kene le 02/05/2026\nPréparer la note interne',
      partners,
      '2026-03-12',
    );
    expect(plan.followUps).toEqual([
      { line: 'Envoyer le rapport au CNJ avant le 15 avril', partnerId: 'PAR-0001', due: '2026-04-15' },
      { line: 'Partager la liste des jeunes avec l’association Kene le 02/05/2026', partnerId: 'PAR-0002', due: '2026-05-02' },
    ]);
    expect(plan.unassigned).toEqual(['Préparer la note interne']);
  });

  it('with one partner invited, a line naming none is its', () => {
    expect(planFollowUps('Relancer pour la convention', [partners[1]], '2026-03-12').followUps).toEqual([
      { line: 'Relancer pour la convention', partnerId: 'PAR-0002', due: '' },
    ]);
  });

  it('a day and month without a year is the next one on or after the event', () => {
    expect(dateIn('avant le 15 janvier', '2026-12-10')).toBe('2027-01-15');
    expect(dateIn('le 1er mars 2027', '2026-12-10')).toBe('2027-03-01');
    expect(dateIn('le 31 février', '2026-01-10')).toBe('');
    expect(dateIn('dès que possible', '2026-01-10')).toBe('');
  });

  it('becomes the next action when there is none, none dated, or a later one; an earlier one stays', () => {
    const f = { line: 'Envoyer le rapport', partnerId: 'PAR-0001', due: '2026-04-15' };
    expect(nextActionAfter({ nextAction: '', nextDue: '' }, f)).toEqual({ nextAction: 'Envoyer le rapport', nextDue: '2026-04-15' });
    expect(nextActionAfter({ nextAction: 'Appeler', nextDue: '' }, f)).toEqual({ nextAction: 'Envoyer le rapport', nextDue: '2026-04-15' });
    expect(nextActionAfter({ nextAction: 'Appeler', nextDue: '2026-05-01' }, f)).toEqual({ nextAction: 'Envoyer le rapport', nextDue: '2026-04-15' });
    expect(nextActionAfter({ nextAction: 'Appeler', nextDue: '2026-04-01' }, f)).toBeNull();
    expect(nextActionAfter({ nextAction: 'Appeler', nextDue: '2026-04-01' }, { ...f, due: '' })).toBeNull();
  });

  it('per partner, the earliest dated follow-up is the one kept', () => {
    const a = { line: 'a', partnerId: 'P', due: '' as const };
    const b = { line: 'b', partnerId: 'P', due: '2026-05-01' };
    const c = { line: 'c', partnerId: 'P', due: '2026-04-01' };
    expect(firstPerPartner([a, b, c]).get('P')).toBe(c);
  });
});

describe('the invitation', () => {
  const facts = {
    eventId: 'EVT-0001',
    type: 'OpenDay',
    title: 'Journée <portes ouvertes> & bilan',
    date: '2026-04-01',
    time: '09:30',
    place: 'Bamako, ACI 2000',
    agendaUrl: 'https://docs.google.com/document/d/odj/edit',
    organisation: 'AJCAD Mali',
    owner: 'awa@ajcad-mali.org',
  };

  it('one per event and participant, in French, every value escaped in the HTML', () => {
    const m = invitationMail(facts, { id: 'PTC-0003', name: 'Moussa <Diarra>', email: 'moussa@cnj.ml' });
    expect(m.key).toBe(invitationKey('EVT-0001', 'PTC-0003'));
    expect(m.to).toEqual(['moussa@cnj.ml']);
    expect(m.subject).toBe('Invitation : Journée <portes ouvertes> & bilan — 1er avril 2026');
    expect(m.body).toContain('le 1er avril 2026 à 09:30, Bamako, ACI 2000');
    expect(m.body).toContain('Ordre du jour : https://docs.google.com/document/d/odj/edit');
    expect(m.htmlBody).toContain('Bonjour Moussa &lt;Diarra&gt;,');
    expect(m.htmlBody).toContain('« Journée &lt;portes ouvertes&gt; &amp; bilan »');
    expect(m.htmlBody).not.toContain('<Diarra>');
  });
});

describe('the agenda template', () => {
  const fill = (items: string) => {
    const template = defaultTemplate('ordre-du-jour');
    const data = agendaData({
      organisation: 'AJCAD Mali',
      title: 'Atelier Bilan 2026',
      type: 'Atelier Bilan/Perspectives',
      date: '2026-04-01',
      time: '',
      place: 'Ségou',
      owner: 'awa@ajcad-mali.org',
      partnerNames: ['CNJ', 'Association Kènè'],
      items,
    });
    const result = planFill(template, TEMPLATES['ordre-du-jour'].catalogue, data);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return documentText(applyPlan(template, result.plan).body);
  };

  it('title, date in French, place, partners and each item numbered; no field left', () => {
    const text = fill('1. Accueil\n- Bilan des engagements\n\nPerspectives 2027');
    expect(text).not.toMatch(/\{\{|\}\}/);
    for (const part of [
      'Atelier Bilan 2026',
      '1er avril 2026 à heure à préciser',
      'Ségou',
      'CNJ, Association Kènè',
      'Accueil',
      'Bilan des engagements',
      'Perspectives 2027',
    ])
      expect(text).toContain(part);
    expect(text).not.toContain('L’ordre du jour sera complété');
  });

  it('without items, says the agenda will follow', () => {
    expect(fill('')).toContain('L’ordre du jour sera complété avant la rencontre.');
  });
});
