/** Commitments' rules: who marks done or cancels and with what, the job's statuses, recurrence, the compliance rate, the list. */
import { cancel, markDone, mayMarkDone, scheduledChanges, scheduledStatus, statusOf } from '../../src/domain/commitments/status';
import { addMonths, expandRecurrence } from '../../src/domain/commitments/recurrence';
import { complianceRate, topCompliance } from '../../src/domain/commitments/compliance';
import { commitmentPage } from '../../src/domain/commitments/listing';
import { toLocalDate } from '../../src/domain/format/time-zone';
import type { DataRecord } from '../../src/domain/schema/field';

const c = (over: DataRecord = {}): DataRecord => ({
  id: 'ENG-0001',
  conventionId: 'CONV-0001',
  kind: 'Livrable',
  label: 'Étude de base',
  due: '2026-03-15',
  party: 'Nous',
  owner: 'awa@ajcad.ml',
  status: 'À venir',
  doneOn: '',
  cancelReason: '',
  ...over,
});

describe('marking done and cancelling', () => {
  it('réalisé needs a date not in the future and, for a deliverable, its proof; it writes status, date and proof', () => {
    expect(markDone(c(), { doneOn: '2026-03-10', proof: ' https://drive.google.com/file/d/x/view ' }, '2026-03-10')).toEqual({
      status: 'Réalisé',
      doneOn: '2026-03-10',
      proof: 'https://drive.google.com/file/d/x/view',
    });
    expect(() => markDone(c(), { doneOn: '2026-03-11', proof: 'https://x.org' }, '2026-03-10')).toThrow(
      'Engagement ENG-0001 (« Étude de base »), champ « Date de réalisation » : le 11 mars 2026 est dans le futur (attendu : aujourd’hui, 10 mars 2026, ou avant).',
    );
    expect(() => markDone(c(), { doneOn: '2026-03-10', proof: '' }, '2026-03-10')).toThrow(
      'Engagement ENG-0001 (« Étude de base »), champ « Preuve » : un engagement de nature « Livrable » se marque réalisé avec sa preuve',
    );
    expect(markDone(c({ kind: 'Visibilité' }), { doneOn: '2026-03-10', proof: '' }, '2026-03-10').status).toBe('Réalisé');
  });

  it('a done one is not done again nor cancelled; a cancelled one is not done; annulé needs a reason', () => {
    const done = c({ status: 'Réalisé', doneOn: '2026-03-01' });
    expect(() => markDone(done, { doneOn: '2026-03-02', proof: 'x' }, '2026-03-10')).toThrow('il est déjà réalisé (le 1er mars 2026)');
    expect(() => cancel(done, 'plus utile')).toThrow('il est réalisé (le 1er mars 2026) ; il ne peut plus être annulé');
    expect(() => cancel(c(), '  ')).toThrow('champ « Motif d’annulation » : ce champ est obligatoire');
    expect(cancel(c({ status: 'En retard' }), ' reporté ')).toEqual({ status: 'Annulé', cancelReason: 'reporté' });
    expect(() => markDone(c({ status: 'Annulé', cancelReason: 'retiré en v2' }), { doneOn: '2026-03-01', proof: 'x' }, '2026-03-10')).toThrow(
      'il est annulé (retiré en v2)',
    );
  });

  it('an editor marks any done; another role only its own; a « lecteur » never', () => {
    expect(mayMarkDone('chargé', 'moussa@ajcad.ml', c())).toBe(true);
    expect(mayMarkDone('DAF', 'AWA@ajcad.ml', c())).toBe(true);
    expect(mayMarkDone('DAF', 'moussa@ajcad.ml', c())).toBe(false);
    expect(mayMarkDone('lecteur', 'awa@ajcad.ml', c())).toBe(false);
  });

  it('an older « À faire » or an empty status reads as « À venir »', () => {
    expect([statusOf(c({ status: 'À faire' })), statusOf(c({ status: '' })), statusOf(c({ status: 'En cours' }))]).toEqual(['À venir', 'À venir', 'En cours']);
  });
});

describe("the hourly job's statuses", () => {
  it('« En retard » the day after the due date in the spreadsheet’s zone, not the evening before', () => {
    // 23:30 in Bamako on the 15th is already the 16th in Paris: the zone decides.
    const now = new Date('2026-03-15T23:30:00Z');
    expect(scheduledStatus(c(), 'Active', toLocalDate(now, 'Africa/Bamako'))).toBe('En cours');
    expect(scheduledStatus(c(), 'Active', toLocalDate(now, 'Europe/Paris'))).toBe('En retard');
  });

  it('leaves done, cancelled, already late ones and those of an ended convention; « En cours » within 14 days of the due date', () => {
    const today = '2026-03-20';
    expect(scheduledStatus(c({ status: 'Réalisé' }), 'Active', today)).toBeNull();
    expect(scheduledStatus(c({ status: 'Annulé' }), 'Active', today)).toBeNull();
    expect(scheduledStatus(c({ status: 'En retard' }), 'Active', today)).toBeNull();
    expect(scheduledStatus(c(), 'Résiliée', today)).toBeNull();
    expect(scheduledStatus(c(), 'Clôturée', today)).toBeNull();
    expect(scheduledStatus(c({ status: 'À faire', due: '2026-04-03' }), 'Active', today)).toBe('En cours');
    expect(scheduledStatus(c({ due: '2026-04-04' }), 'Active', today)).toBeNull();
    expect(scheduledStatus(c({ status: 'En cours', due: '2026-03-25' }), 'Active', today)).toBeNull();
  });

  it('decides every row at once, with its sheet row', () => {
    const rows = [
      { row: 2, record: c({ id: 'ENG-0001', due: '2026-03-01' }) },
      { row: 3, record: c({ id: 'ENG-0002', due: '2026-03-01', status: 'Réalisé' }) },
      { row: 4, record: c({ id: 'ENG-0003', due: '2026-03-01', conventionId: 'CONV-0002' }) },
    ];
    expect(scheduledChanges(rows, new Map([['CONV-0002', 'Résiliée']]), '2026-03-20')).toEqual([{ row: 2, id: 'ENG-0001', from: 'À venir', to: 'En retard' }]);
  });
});

describe('recurring commitments', () => {
  it('« rapport trimestriel pendant 2 ans »: eight dates three months apart', () => {
    expect(expandRecurrence('2026-03-31', { everyMonths: 3, until: '2028-03-30' })).toEqual({
      dates: ['2026-03-31', '2026-06-30', '2026-09-30', '2026-12-31', '2027-03-31', '2027-06-30', '2027-09-30', '2027-12-31'],
    });
  });

  it('month ends: 31 janvier → 28 février, or 29 in a leap year, then back to 31 mars', () => {
    expect(expandRecurrence('2026-01-31', { everyMonths: 1, count: 3 })).toEqual({ dates: ['2026-01-31', '2026-02-28', '2026-03-31'] });
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(expandRecurrence('2026-02-15', { everyMonths: 12, count: 2 })).toEqual({ dates: ['2026-02-15', '2027-02-15'] });
  });

  it('refuses in French a period not offered, both or neither end, a count out of range, an end before the start', () => {
    expect(expandRecurrence('2026-01-31', { everyMonths: 2, count: 3 })).toEqual({
      problems: ["Récurrence, champ « Tous les » : 2 mois n'est pas proposé (attendu : 1, 3, 6 ou 12 mois)."],
    });
    expect(expandRecurrence('2026-01-31', { everyMonths: 1 })).toEqual({
      problems: ['Récurrence : indiquez soit une date de fin, soit un nombre d’occurrences (l’un des deux).'],
    });
    expect(expandRecurrence('2026-01-31', { everyMonths: 1, count: 0 })).toEqual({
      problems: ['Récurrence, champ « Nombre d’occurrences » : 0 (attendu : un entier de 1 à 120).'],
    });
    expect(expandRecurrence('2026-01-31', { everyMonths: 1, until: '2025-12-31' })).toEqual({
      problems: ['Récurrence, champ « Jusqu’au » : le 31 décembre 2025 est avant la première échéance (31 janvier 2026).'],
    });
    expect(expandRecurrence('2026-01-01', { everyMonths: 1, until: '2040-01-01' })).toEqual({
      problems: ['Récurrence : plus de 120 occurrences jusqu’au 1er janvier 2040 (attendu : au plus 120).'],
    });
  });
});

describe('deadline-compliance rate', () => {
  const rows = [
    c({ id: 'A', due: '2026-01-31', status: 'Réalisé', doneOn: '2026-01-30' }),
    c({ id: 'B', due: '2026-01-31', status: 'Réalisé', doneOn: '2026-02-10' }),
    c({ id: 'C', due: '2026-02-28', status: 'En retard' }),
    c({ id: 'D', due: '2026-02-28', status: 'Annulé' }),
    c({ id: 'E', due: '2026-09-30', status: 'À venir' }),
    c({ id: 'F', due: '2026-09-30', status: 'Réalisé', doneOn: '2026-03-01' }),
    c({ id: 'G', due: '2026-02-15', party: 'Partenaire', owner: 'moussa@ajcad.ml', conventionId: 'CONV-0002', status: 'Réalisé', doneOn: '2026-02-15' }),
    c({ id: 'H', due: '2026-02-20', party: 'Partenaire', owner: 'moussa@ajcad.ml', conventionId: 'CONV-0002', status: 'En retard' }),
  ];
  const partners = new Map([
    ['CONV-0001', 'Fondation Sahel'],
    ['CONV-0002', 'Mairie de Mopti'],
  ]);

  it('on time / due, ours and the partners’ apart; cancelled and not yet due left out, done early counted', () => {
    const r = complianceRate(rows, partners, '2026-03-10');
    expect(r.overall).toEqual({ ours: { due: 4, onTime: 2, late: 1, rate: 50 }, partner: { due: 2, onTime: 1, late: 0, rate: 50 } });
    expect(r.byPartner['Mairie de Mopti']).toEqual({ ours: { due: 0, onTime: 0, late: 0, rate: null }, partner: { due: 2, onTime: 1, late: 0, rate: 50 } });
    expect(r.byOwner['awa@ajcad.ml'].ours.rate).toBe(50);
  });

  it('for the sidebar, the owners and partners with the most due (then by name); the others counted, the overall kept', () => {
    const all = complianceRate(rows, partners, '2026-03-10');
    const top = topCompliance(all, 1);
    expect(Object.keys(top.byPartner)).toEqual(['Fondation Sahel']);
    expect(Object.keys(top.byOwner)).toEqual(['awa@ajcad.ml']);
    expect(top.omitted).toEqual({ owners: 1, partners: 1 });
    expect(top.overall).toEqual(all.overall);
    expect(topCompliance(all, 5).omitted).toEqual({ owners: 0, partners: 0 });
  });

  it('within a period', () => {
    expect(complianceRate(rows, partners, '2026-03-10', { from: '2026-02-01', to: '2026-02-28' }).overall.ours).toEqual({
      due: 1,
      onTime: 0,
      late: 0,
      rate: 0,
    });
  });
});

describe('the commitments list', () => {
  const rows = [
    c({ id: 'ENG-0001', due: '2026-03-12', owner: 'awa@ajcad.ml' }),
    c({ id: 'ENG-0002', due: '2026-03-30', owner: 'moussa@ajcad.ml', conventionId: 'CONV-0002' }),
    c({ id: 'ENG-0003', due: '2026-03-01', status: 'En retard', owner: 'Awa@ajcad.ml' }),
    c({ id: 'ENG-0004', due: '2026-03-01', status: 'Réalisé', doneOn: '2026-03-01' }),
  ];
  const conventions = new Map([
    ['CONV-0001', { partnerId: 'PAR-0001', partnerName: 'Fondation Sahel' }],
    ['CONV-0002', { partnerId: 'PAR-0002', partnerName: 'Mairie de Mopti' }],
  ]);
  const ids = (q: Parameters<typeof commitmentPage>[2]) => commitmentPage(rows, conventions, q, '2026-03-10').items.map((i) => i.id);

  it('by owner (any case), due within 7 days, overdue, or all, one page at a time with the total', () => {
    expect(ids({ by: 'owner', key: 'AWA@ajcad.ml', window: 'all', offset: 0, limit: 30 })).toEqual(['ENG-0003', 'ENG-0004', 'ENG-0001']);
    expect(ids({ by: 'owner', window: '7', offset: 0, limit: 30 })).toEqual(['ENG-0001']);
    expect(ids({ by: 'partner', window: '30', offset: 0, limit: 30 })).toEqual(['ENG-0001', 'ENG-0002']);
    expect(ids({ by: 'convention', key: 'CONV-0001', window: 'overdue', offset: 0, limit: 30 })).toEqual(['ENG-0003']);
    expect(ids({ by: 'owner', window: 'done', offset: 0, limit: 30 })).toEqual(['ENG-0004']);
    const page = commitmentPage(rows, conventions, { by: 'partner', window: 'all', offset: 1, limit: 2 }, '2026-03-10');
    expect([page.total, page.offset, page.items.map((i) => [i.id, i.partnerName])]).toEqual([
      4,
      1,
      [
        ['ENG-0004', 'Fondation Sahel'],
        ['ENG-0001', 'Fondation Sahel'],
      ],
    ]);
  });
});
