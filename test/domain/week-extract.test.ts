/** « Ma semaine »'s extracts: the same week as from the whole sheets, from only the rows that can ever appear in one. */
import { buildMyWeek } from '../../src/domain/pipeline/my-week';
import { recordsOf, weekExtractOf, type SheetRow } from '../../src/domain/pipeline/week-extract';
import { COMMITMENTS, CONVENTIONS, OPPORTUNITIES, PARTNERS } from '../../src/domain/schema/tables';
import { checkRows } from '../../src/domain/records/row-problems';
import type { DataRecord, TableSpec } from '../../src/domain/schema/field';

const AWA = 'awa@amade.org';
const MOUSSA = 'moussa@amade.org';
const rows = (records: DataRecord[]): SheetRow[] => records.map((record, i) => ({ row: i + 2, record }));

const partners = rows([
  { id: 'PAR-0001', name: 'ONU Femmes', owner: AWA, nextAction: 'Relancer', nextDue: '2026-03-10', notes: 'long texte' },
  { id: 'PAR-0002', name: 'Orange Mali', owner: MOUSSA, nextAction: 'Appeler', nextDue: '2026-03-14' },
  // A date typed wrong by hand reads as a problem, never as a deadline.
  { id: 'PAR-0003', name: 'AFD', owner: AWA, nextAction: 'Écrire', nextDue: '14 mars' },
  { id: 'PAR-0004', name: 'Fondation sans suivi', owner: '', nextAction: '', nextDue: '' },
]);
const opportunities = rows([
  { id: 'OPP-0001', partnerId: 'PAR-0004', partnerName: '', title: 'Forum', stage: 'Contact', owner: AWA, nextAction: 'Budget', nextDue: '2026-03-12' },
  {
    id: 'OPP-0002',
    partnerId: 'PAR-0001',
    partnerName: 'ONU Femmes',
    title: 'Leaders',
    stage: 'Refusée',
    owner: AWA,
    nextAction: 'Clore',
    nextDue: '2026-03-11',
  },
  {
    id: 'OPP-0003',
    partnerId: 'PAR-0002',
    partnerName: 'Orange Mali',
    title: 'RSE',
    stage: 'Négociation',
    owner: MOUSSA,
    nextAction: '',
    nextDue: '2026-03-13',
  },
  { id: 'OPP-0004', partnerId: 'PAR-0002', partnerName: 'Orange Mali', title: 'Sans date', stage: 'Contact', owner: AWA, nextAction: 'Voir', nextDue: '' },
]);
const conventions = rows([
  { id: 'CONV-0001', partnerId: 'PAR-0004', status: 'Active', type: 'Accord', amount: 1000 },
  { id: 'CONV-0002', partnerId: 'PAR-0001', status: 'En validation', type: 'Convention', amount: 5000, startDate: '2026-04-01' },
]);
const commitments = rows([
  { id: 'ENG-0001', conventionId: 'CONV-0001', kind: 'Rapport', label: 'T1', due: '2026-03-15', owner: AWA, status: 'À faire' },
  { id: 'ENG-0002', conventionId: 'CONV-0001', kind: 'Versement', label: 'Tranche', due: '2026-03-09', owner: AWA, status: 'Réalisé' },
  { id: 'ENG-0003', conventionId: 'CONV-0002', kind: '', label: 'Atelier', due: '2026-03-18', owner: MOUSSA, status: 'En cours' },
]);

const whole = (spec: TableSpec, r: SheetRow[]) => checkRows(spec, r as never).map((c) => c.record as DataRecord);
const kept = (spec: TableSpec, r: SheetRow[]) => recordsOf(weekExtractOf(spec, r)!);

describe('weekExtractOf', () => {
  it.each([AWA, MOUSSA, 'lecteur@amade.org'])('gives %s the same week as the whole sheets', (user) => {
    const from = (read: typeof whole) => ({
      partners: read(PARTNERS, partners),
      opportunities: read(OPPORTUNITIES, opportunities),
      commitments: read(COMMITMENTS, commitments),
      conventions: read(CONVENTIONS, conventions),
    });
    expect(buildMyWeek(user, '2026-03-12', from(kept))).toEqual(buildMyWeek(user, '2026-03-12', from(whole)));
  });

  it('keeps only the rows that can appear in a week, every partner by its name, and a convention in validation whole', () => {
    expect(kept(OPPORTUNITIES, opportunities).map((o) => o.id)).toEqual(['OPP-0001', 'OPP-0003']);
    expect(kept(COMMITMENTS, commitments).map((e) => e.id)).toEqual(['ENG-0001', 'ENG-0003']);
    expect(kept(PARTNERS, partners)).toEqual([
      { id: 'PAR-0001', name: 'ONU Femmes', owner: AWA, nextAction: 'Relancer', nextDue: '2026-03-10' },
      { id: 'PAR-0002', name: 'Orange Mali', owner: MOUSSA, nextAction: 'Appeler', nextDue: '2026-03-14' },
      { id: 'PAR-0003', name: 'AFD' },
      { id: 'PAR-0004', name: 'Fondation sans suivi' },
    ]);
    expect(kept(CONVENTIONS, conventions)).toEqual([
      { id: 'CONV-0001', partnerId: 'PAR-0004', status: 'Active' },
      expect.objectContaining({ id: 'CONV-0002', status: 'En validation', amount: 5000, startDate: '2026-04-01' }),
    ]);
  });
});
