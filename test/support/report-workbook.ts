/**
 * A workbook to report on (periodic reports' server, render and bench tests): 12 partners, March
 * 2026 resources on two axes, two opportunities, two commitments late at the end of March (ours and
 * a partner's), a director as recipient, 2025 resources and the 2025 snapshots of « Indicateurs »
 * (for the annual report's trends), and the clock on 1 April 2026 at 02:30 UTC.
 */
import { INDICATORS } from '../../src/domain/kpi/tables';
import { RESOURCES } from '../../src/domain/resources/tables';
import { COMMITMENTS, OPPORTUNITIES, SETTINGS } from '../../src/domain/schema/tables';
import { seedRows } from './demo-sheets';
import { somePartners, workbookWithPartners, type PartnersWorkbook } from './workbooks';

export const REPORT_RECIPIENTS = ['dg@ajcad-mali.org'];

export function reportWorkbook(): PartnersWorkbook {
  const wb = workbookWithPartners(somePartners(12));
  const [a, b] = wb.partnerIds;
  seedRows(wb, RESOURCES, [
    { partnerId: a, date: '2026-03-05', kind: 'Financière', amount: 3_000_000, currency: 'XOF', axis: 'Jeunesse' },
    { partnerId: b, date: '2026-03-20', kind: 'Financière', amount: 1_500_000, currency: 'XOF', axis: 'Gouvernance' },
    ...[2, 5, 9, 11].map((m, i) => ({
      partnerId: i % 2 ? a : b,
      date: `2025-${String(m).padStart(2, '0')}-15`,
      kind: 'Financière',
      amount: 10_000_000 * (i + 1),
      currency: 'XOF',
      axis: i % 2 ? 'Jeunesse' : 'Paix',
    })),
  ]);
  seedRows(wb, OPPORTUNITIES, [
    { partnerId: a, title: 'Appui jeunesse', stage: 'Négociation', amount: 20_000_000, currency: 'XOF' },
    { partnerId: b, title: 'Gouvernance locale', stage: 'Contact', amount: 5_000_000, currency: 'XOF' },
  ]);
  seedRows(wb, COMMITMENTS, [
    {
      conventionId: 'CONV-0001',
      partnerName: 'Fondation Sahel',
      kind: 'Rapport',
      label: 'Rapport narratif T1',
      due: '2026-03-10',
      party: 'Nous',
      status: 'À venir',
    },
    {
      conventionId: 'CONV-0001',
      partnerName: 'Fondation Sahel',
      kind: 'Versement',
      label: 'Seconde tranche',
      due: '2026-03-15',
      party: 'Partenaire',
      status: 'À venir',
    },
  ]);
  seedRows(wb, SETTINGS, [{ section: 'Rapports', key: 'Destinataires', value: REPORT_RECIPIENTS.join(', ') }]);
  seedRows(
    wb,
    INDICATORS,
    Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`).flatMap((month, i) => [
      { month, key: 'complianceOurs', label: 'Respect des échéances (nous)', value: 60 + 2 * i },
      { month, key: 'compliancePartners', label: 'Respect des échéances (partenaires)', value: 80 - i },
      { month, key: 'satisfactionMean', label: 'Satisfaction moyenne', value: 3 + i / 20 },
    ]),
  );
  wb.world.clock.set(new Date('2026-04-01T02:30:00Z'));
  return wb;
}
