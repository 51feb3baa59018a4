/** Which reports fall due on a day, how each is keyed in the publish log, and its French name from the key. */
import { describeReport, dueReports, periodKey, periodOfRequest } from '../../src/domain/reports/periodic-periods';

const due = (today: string) => dueReports(today).map((r) => `${r.kind} ${periodKey(r.period)}`);

it('makes the month just ended every month, the quarter at a quarter’s start, the year in January', () => {
  expect(due('2026-03-01')).toEqual(['mensuel 2026-02']);
  expect(due('2026-04-15')).toEqual(['mensuel 2026-03', 'trimestriel 2026-T1']);
  expect(due('2026-01-01')).toEqual(['mensuel 2025-12', 'trimestriel 2025-T4', 'annuel 2025']);
});

it('names a report from its key, and nothing for another kind or a malformed period', () => {
  expect(describeReport('rapport:trimestriel:2026-T2')).toEqual({ kind: 'trimestriel', periodKey: '2026-T2', name: 'Rapport trimestriel — 2e trimestre 2026' });
  expect(describeReport('rapport:mensuel:2026-03')?.name).toBe('Rapport mensuel — mars 2026');
  expect(describeReport('rapport:annuel:2025')?.name).toBe('Rapport annuel — année 2025');
  expect(describeReport('rapport:mensuel:2026-13')).toBeNull();
  expect(describeReport('rapport:diagnostic:2026')).toBeNull();
});

it('asks for the month or the quarter in French when missing', () => {
  expect(() => periodOfRequest({ kind: 'trimestriel', year: 2026 })).toThrow('Rapport trimestriel : indiquez le trimestre (1 à 4).');
  expect(periodOfRequest({ kind: 'annuel', year: 2026 }).label).toBe('année 2026');
});
