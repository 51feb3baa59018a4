/**
 * The commitments use cases (src/app/commitments.ts) on the in-memory store: adding by hand and
 * recurring, marking done and cancelling (rows written, journaled, French refusals), the list,
 * the compliance rate and the hourly statuses.
 */
import {
  addCommitment,
  cancelCommitment,
  commitmentCompliance,
  listCommitments,
  markCommitmentDone,
  updateCommitmentStatuses,
} from '../../src/app/commitments';
import { COMMITMENTS, CONVENTIONS, JOURNAL, PARTNERS } from '../../src/domain/schema/tables';
import { MemoryStore } from '../../src/store/memory-store';

const OFFICER = 'chargee@amade.org';
const DAF = 'daf@amade.org';

function setup(today = '2026-03-12', user = OFFICER) {
  const clock = { now: new Date(`${today}T09:00:00Z`) };
  const store = new MemoryStore({ user, timeZone: 'Africa/Bamako', now: () => clock.now });
  const [partner] = store.table(PARTNERS).insert([{ name: 'Fondation Sahel', type: 'Fondation' }]);
  const conventions = store.table(CONVENTIONS).insert([
    { partnerId: partner.id, type: 'Convention de partenariat', status: 'Active', currency: 'EUR' },
    { partnerId: partner.id, type: 'Convention de partenariat', status: 'Résiliée' },
  ]);
  const rows = () =>
    store
      .table(COMMITMENTS)
      .all()
      .map((s) => s.record);
  const journal = (action: string) =>
    store
      .table(JOURNAL)
      .all()
      .map((s) => s.record)
      .filter((r) => r.action === action)
      .map((r) => [r.recordId, r.field, r.before, r.after]);
  return { store, clock, rows, journal, active: conventions[0].id, ended: conventions[1].id };
}

const errorOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
};

describe('addCommitment', () => {
  it('adds one « À venir » in the convention’s currency; in kind always in FCFA', () => {
    const w = setup();
    const [one] = addCommitment(w.store, {
      conventionId: w.active,
      kind: 'Versement',
      label: 'Tranche 1',
      due: '2026-04-15',
      party: 'Partenaire',
      amount: 5000,
    });
    expect(one).toMatchObject({ id: 'ENG-0001', status: 'À venir', currency: 'EUR', seriesId: '' });
    const [inKind] = addCommitment(w.store, { conventionId: w.active, kind: 'Contribution en nature', label: 'Salle', due: '2026-04-15', party: 'Partenaire' });
    expect(inKind.currency).toBe('XOF');
    expect(
      errorOf(() => addCommitment(w.store, { conventionId: w.active, kind: 'Contribution en nature', label: 'Salle', due: '2026-04-15', currency: 'USD' })),
    ).toBe('Engagement, champ « Devise » : une contribution en nature est valorisée en FCFA (XOF), pas en USD.');
  });

  it('a quarterly report over a year: four rows sharing the first one’s ID as series', () => {
    const w = setup();
    const made = addCommitment(
      w.store,
      { conventionId: w.active, kind: 'Rapport narratif', label: 'Rapport trimestriel', due: '2026-01-31', owner: OFFICER },
      { everyMonths: 3, until: '2026-12-31' },
    );
    expect(made.map((c) => [c.id, c.due, c.seriesId])).toEqual([
      ['ENG-0001', '2026-01-31', 'ENG-0001'],
      ['ENG-0002', '2026-04-30', 'ENG-0001'],
      ['ENG-0003', '2026-07-31', 'ENG-0001'],
      ['ENG-0004', '2026-10-31', 'ENG-0001'],
    ]);
    expect(w.rows().map((r) => r.seriesId)).toEqual(['ENG-0001', 'ENG-0001', 'ENG-0001', 'ENG-0001']);
  });

  it('refuses an ended convention, an unknown one, a bad recurrence, a missing label: nothing written', () => {
    const w = setup();
    expect(errorOf(() => addCommitment(w.store, { conventionId: w.ended, kind: 'Autre', label: 'x', due: '2026-04-01' }))).toBe(
      `Engagement : la convention ${w.ended} est « Résiliée » ; on n’y ajoute plus d’engagement.`,
    );
    expect(errorOf(() => addCommitment(w.store, { conventionId: 'CONV-0099', kind: 'Autre', label: 'x', due: '2026-04-01' }))).toContain(
      '« CONV-0099 » n’existe pas',
    );
    expect(
      errorOf(() => addCommitment(w.store, { conventionId: w.active, kind: 'Autre', label: 'x', due: '2026-04-01' }, { everyMonths: 2, count: 3 })),
    ).toContain("2 mois n'est pas proposé");
    expect(errorOf(() => addCommitment(w.store, { conventionId: w.active, kind: 'Autre', label: '', due: '2026-04-01' }))).toContain(
      '« Libellé » : ce champ est obligatoire',
    );
    expect(w.rows()).toEqual([]);
  });
});

describe('markCommitmentDone and cancelCommitment', () => {
  it('one action writes status, date and proof, journaled « réalisé »', () => {
    const w = setup();
    addCommitment(w.store, { conventionId: w.active, kind: 'Rapport financier', label: 'Rapport financier', due: '2026-03-10', owner: DAF });
    const done = markCommitmentDone(w.store, 'chargé', 'ENG-0001', { doneOn: '2026-03-09', proof: 'https://drive.google.com/file/d/rf/view' });
    expect(done).toMatchObject({ status: 'Réalisé', doneOn: '2026-03-09', proof: 'https://drive.google.com/file/d/rf/view', overdue: false });
    expect(w.journal('réalisé')).toEqual([
      ['ENG-0001', 'Statut', 'À venir', 'Réalisé'],
      ['ENG-0001', 'Date de réalisation', '', '2026-03-09'],
      ['ENG-0001', 'Preuve', '', 'https://drive.google.com/file/d/rf/view'],
    ]);
  });

  it('the DAF marks done the report it owns, not another’s; a « lecteur » none', () => {
    const w = setup('2026-03-12', DAF);
    addCommitment(w.store, { conventionId: w.active, kind: 'Visibilité', label: 'Logo', due: '2026-03-10', owner: DAF });
    addCommitment(w.store, { conventionId: w.active, kind: 'Visibilité', label: 'Bannière', due: '2026-03-10', owner: OFFICER });
    expect(errorOf(() => markCommitmentDone(w.store, 'lecteur', 'ENG-0001', { doneOn: '2026-03-09', proof: '' }))).toContain('Accès refusé');
    expect(errorOf(() => markCommitmentDone(w.store, 'DAF', 'ENG-0002', { doneOn: '2026-03-09', proof: '' }))).toBe(
      `Accès refusé : l’engagement ENG-0002 se marque réalisé par un rôle chargé ou admin, ou par son responsable (${OFFICER}).`,
    );
    expect(markCommitmentDone(w.store, 'DAF', 'ENG-0001', { doneOn: '2026-03-09', proof: '' }).status).toBe('Réalisé');
  });

  it('cancel needs a reason and is journaled; a done one is not cancelled', () => {
    const w = setup();
    addCommitment(w.store, { conventionId: w.active, kind: 'Autre', label: 'Visite', due: '2026-05-10' });
    expect(errorOf(() => cancelCommitment(w.store, 'ENG-0001', ' '))).toContain('« Motif d’annulation » : ce champ est obligatoire');
    expect(cancelCommitment(w.store, 'ENG-0001', 'Visite reportée')).toMatchObject({ status: 'Annulé', cancelReason: 'Visite reportée' });
    expect(w.journal('annulation')).toEqual([
      ['ENG-0001', 'Statut', 'À venir', 'Annulé'],
      ['ENG-0001', 'Motif d’annulation', '', 'Visite reportée'],
    ]);
    expect(errorOf(() => markCommitmentDone(w.store, 'chargé', 'ENG-0001', { doneOn: '2026-03-01', proof: '' }))).toContain('il est annulé (Visite reportée)');
  });
});

describe('the hourly statuses, the list and the rate', () => {
  it('sets « En retard » the day after, « En cours » two weeks before; leaves done, cancelled and an ended convention’s; once', () => {
    const w = setup('2026-03-12');
    const add = (conventionId: string, label: string, due: string) => addCommitment(w.store, { conventionId, kind: 'Autre', label, due })[0].id;
    const late = add(w.active, 'En retard', '2026-03-11');
    const today = add(w.active, 'Aujourd’hui', '2026-03-12');
    const soon = add(w.active, 'Bientôt', '2026-03-26');
    const later = add(w.active, 'Plus tard', '2026-03-27');
    const cancelled = add(w.active, 'Annulé', '2026-03-01');
    cancelCommitment(w.store, cancelled, 'reporté');
    const ended = addCommitment(w.store, { conventionId: w.active, kind: 'Autre', label: 'Résiliée', due: '2026-03-01' })[0].id;
    w.store.table(COMMITMENTS).update(ended, { conventionId: w.ended });
    expect(updateCommitmentStatuses(w.store)).toEqual({ late: [late], started: [today, soon] });
    expect(w.rows().map((r) => [r.id, r.status])).toEqual([
      [late, 'En retard'],
      [today, 'En cours'],
      [soon, 'En cours'],
      [later, 'À venir'],
      [cancelled, 'Annulé'],
      [ended, 'À venir'],
    ]);
    expect(w.journal('retard')).toEqual([[late, 'Statut', 'À venir', 'En retard']]);
    expect(updateCommitmentStatuses(w.store)).toEqual({ late: [], started: [] });
    // The next morning in Bamako, today's is late.
    w.clock.now = new Date('2026-03-13T00:30:00Z');
    expect(updateCommitmentStatuses(w.store).late).toEqual([today]);
  });

  it('lists a page of overdue ones with their partner, and the compliance rate', () => {
    const w = setup('2026-03-12');
    addCommitment(w.store, { conventionId: w.active, kind: 'Autre', label: 'A', due: '2026-03-01', party: 'Nous', owner: OFFICER });
    addCommitment(w.store, { conventionId: w.active, kind: 'Autre', label: 'B', due: '2026-03-02', party: 'Nous', owner: OFFICER });
    markCommitmentDone(w.store, 'chargé', 'ENG-0002', { doneOn: '2026-03-01', proof: '' });
    const page = listCommitments(w.store, { by: 'owner', key: OFFICER, window: 'overdue', offset: 0, limit: 30 });
    expect(page).toMatchObject({ total: 1, offset: 0, items: [{ id: 'ENG-0001', partnerName: 'Fondation Sahel', overdue: true }] });
    expect(commitmentCompliance(w.store).overall.ours).toEqual({ due: 2, onTime: 1, late: 0, rate: 50 });
    expect(commitmentCompliance(w.store).byPartner['Fondation Sahel'].ours.rate).toBe(50);
  });
});
