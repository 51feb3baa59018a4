/** Which convention statuses change by themselves on a given day: the daily job's decision, day by day. */
import { transitionDueToday, type ConventionDates } from '../../src/domain/conventions/transitions';

const TODAY = '2026-03-15';
const convention = (over: Partial<ConventionDates>): ConventionDates => ({ id: 'CONV-0001', status: 'Signée', startDate: '', endDate: '', ...over });
const due = (over: Partial<ConventionDates>): string[] => {
  const t = transitionDueToday(convention(over), TODAY);
  return t ? [`${t.from} → ${t.to} (${t.reason})`] : [];
};

describe('transitionDueToday', () => {
  it('a signed convention becomes active on its start date, not the day before', () => {
    expect(due({ startDate: '2026-03-16', endDate: '2026-12-31' })).toEqual([]);
    expect(due({ startDate: '2026-03-15', endDate: '2026-12-31' })).toEqual(['Signée → Active (date de début atteinte (2026-03-15))']);
    expect(due({ startDate: '2026-01-01' })).toEqual(['Signée → Active (date de début atteinte (2026-01-01))']);
  });

  it('a signed convention without a start date becomes active at once', () => {
    expect(due({ startDate: '', endDate: '2026-12-31' })).toEqual(['Signée → Active (signée, sans date de début)']);
  });

  it('an active convention expires the day after its end date (the end date is still covered)', () => {
    expect(due({ status: 'Active', startDate: '2025-03-15', endDate: '2026-03-15' })).toEqual([]);
    expect(due({ status: 'Active', startDate: '2025-03-15', endDate: '2026-03-14' })).toEqual(['Active → Expirée (date de fin dépassée (2026-03-14))']);
    expect(due({ status: 'Active', startDate: '2025-03-15', endDate: '' })).toEqual([]);
  });

  it('a signed convention whose end date has already passed expires without becoming active', () => {
    expect(due({ startDate: '2025-01-01', endDate: '2026-03-01' })).toEqual(['Signée → Expirée (date de fin dépassée (2026-03-01))']);
  });

  it('closed, terminated, expired and unsigned conventions never move on their own', () => {
    for (const status of ['Clôturée', 'Résiliée', 'Expirée', 'Brouillon', 'En validation', 'Validée', ''] as const) {
      expect(due({ status, startDate: '2025-01-01', endDate: '2026-03-01' })).toEqual([]);
      expect(due({ status, startDate: '2026-03-01', endDate: '2026-12-31' })).toEqual([]);
    }
  });

  it('a date that is not a calendar day leaves the convention as it is', () => {
    expect(due({ startDate: '2026-02-30', endDate: '2026-12-31' })).toEqual([]);
    expect(due({ status: 'Active', startDate: '2025-01-01', endDate: 'hier' })).toEqual([]);
    expect(due({ startDate: '2026-03-01', endDate: '14/03/2026' })).toEqual([]);
  });
});
