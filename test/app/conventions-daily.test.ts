/** The daily conventions use case on the in-memory store: statuses change on their day, journaled, once. */
import { conventionsDaily } from '../../src/app/conventions-daily';
import { MemoryStore } from '../../src/store/memory-store';
import { CONVENTIONS, JOURNAL, PARTNERS } from '../../src/domain/schema/tables';

const ROBOT = 'tache-planifiee@pacte.test';

function workbook(day: string) {
  const clock = { now: new Date(`${day}T06:00:00Z`) };
  const store = new MemoryStore({ user: ROBOT, timeZone: 'Africa/Bamako', now: () => clock.now });
  const [partner] = store.table(PARTNERS).insert([{ name: 'Fondation Sahel', type: 'Fondation' }]);
  const add = (over: Record<string, unknown>) => store.table(CONVENTIONS).insert([{ partnerId: partner.id, type: 'Convention de partenariat', ...over }])[0].id;
  const statusOf = (id: string) => store.table(CONVENTIONS).getOrThrow(id).record.status;
  const journal = () =>
    store
      .table(JOURNAL)
      .all()
      .map((r) => r.record)
      .filter((r) => r.action === 'activation' || r.action === 'expiration')
      .map((r) => [r.recordId, r.action, r.field, r.before, r.after, r.user]);
  return { store, clock, add, statusOf, journal };
}

describe('conventionsDaily', () => {
  it('a signed convention becomes active on its start date, journaled Signée → Active by the job', () => {
    const { store, clock, add, statusOf, journal } = workbook('2026-03-14');
    const id = add({ status: 'Signée', startDate: '2026-03-15', endDate: '2027-03-14' });
    expect(conventionsDaily(store, '2026-03-14')).toEqual({ today: '2026-03-14', activated: [], expired: [] });
    expect(statusOf(id)).toBe('Signée');

    clock.now = new Date('2026-03-15T06:00:00Z');
    expect(conventionsDaily(store, '2026-03-15')).toEqual({ today: '2026-03-15', activated: [id], expired: [] });
    expect(statusOf(id)).toBe('Active');
    expect(store.table(CONVENTIONS).getOrThrow(id).record).toMatchObject({ updatedAt: '2026-03-15T06:00:00', updatedBy: ROBOT });
    expect(journal()).toEqual([[id, 'activation', 'Statut', 'Signée', 'Active', ROBOT]]);
  });

  it('an active convention expires the day after its end date; closed and terminated ones stay as they are', () => {
    const { store, add, statusOf, journal } = workbook('2026-03-15');
    const ending = add({ status: 'Active', startDate: '2025-03-15', endDate: '2026-03-14' });
    const running = add({ status: 'Active', startDate: '2025-03-15', endDate: '2026-03-15' });
    const closed = add({ status: 'Clôturée', endDate: '2026-01-31' });
    const ended = add({ status: 'Résiliée', endDate: '2026-01-31' });
    expect(conventionsDaily(store, '2026-03-15')).toEqual({ today: '2026-03-15', activated: [], expired: [ending] });
    expect([ending, running, closed, ended].map(statusOf)).toEqual(['Expirée', 'Active', 'Clôturée', 'Résiliée']);
    expect(journal()).toEqual([[ending, 'expiration', 'Statut', 'Active', 'Expirée', ROBOT]]);
  });

  it('run twice the same day, the second run changes and journals nothing', () => {
    const { store, add, journal } = workbook('2026-03-15');
    const starting = add({ status: 'Signée', startDate: '2026-03-01' });
    const ending = add({ status: 'Active', endDate: '2026-03-01' });
    expect(conventionsDaily(store, '2026-03-15')).toEqual({ today: '2026-03-15', activated: [starting], expired: [ending] });
    const journaled = store.table(JOURNAL).all().length;
    const before = store.table(CONVENTIONS).all();

    expect(conventionsDaily(store, '2026-03-15')).toEqual({ today: '2026-03-15', activated: [], expired: [] });
    expect(store.table(CONVENTIONS).all()).toEqual(before);
    expect(store.table(JOURNAL).all()).toHaveLength(journaled);
    expect(journal()).toHaveLength(2);
  });
});
