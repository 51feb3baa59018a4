/** Archives describe a record in the words and formats a person reads (domain/records/summary.ts). */
import { describeRecord } from '../../src/domain/records/summary';
import { COMMITMENTS, CONTACTS } from '../../src/domain/schema/tables';

it('writes yes/no, French dates and grouped numbers, never « true » or « 2026-03-12 »', () => {
  expect(describeRecord(CONTACTS, { name: 'Awa Traoré', primary: true })).toBe('Nom : Awa Traoré ; Principal : oui');
  const commitment = describeRecord(COMMITMENTS, { label: 'Rapport final', due: '2026-03-12', amount: 1500000 });
  expect(commitment).toContain('12 mars 2026');
  expect(commitment).toContain('1\u00a0500\u00a0000');
  expect(commitment).not.toContain('2026-03-12');
});

it('cuts a long note so that a page of archives stays small', () => {
  const text = describeRecord(CONTACTS, { name: 'Awa', role: 'x'.repeat(1000) });
  expect(text.length).toBe(240);
  expect(text.endsWith('…')).toBe(true);
});
