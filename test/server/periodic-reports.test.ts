/**
 * The periodic reports through the built bundle: « generateReport » makes the March report from a
 * seeded workbook, and the Doc opened reads as written — sections, KPI table figures, chart
 * images, no placeholder; « listReports » lists it; the dispatcher on 1 April makes the month's
 * and the quarter's reports, one e-mail each, and a second run makes and sends nothing.
 */
import { _outbox } from '../../src/dev/emulator/mail';
import type { GeneratedReport, ReportSummary } from '../../src/domain/contracts';
import { RESOURCES } from '../../src/domain/resources/tables';
import { COMMITMENTS, OPPORTUNITIES, SETTINGS } from '../../src/domain/schema/tables';
import { tablesOf } from '../support/doc-read';
import { seedRows } from '../support/demo-sheets';
import { seededPerFile, somePartners, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';

const { admin, reader } = USERS;
const DIRECTORS = ['dg@ajcad-mali.org'];

let wb: PartnersWorkbook;
seededPerFile(() => {
  wb = workbookWithPartners(somePartners(12));
  const [a, b] = wb.partnerIds;
  seedRows(wb, RESOURCES, [
    { partnerId: a, date: '2026-03-05', kind: 'Financière', amount: 3_000_000, currency: 'XOF', axis: 'Jeunesse' },
    { partnerId: b, date: '2026-03-20', kind: 'Financière', amount: 1_500_000, currency: 'XOF', axis: 'Gouvernance' },
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
  seedRows(wb, SETTINGS, [{ section: 'Rapports', key: 'Destinataires', value: DIRECTORS.join(', ') }]);
  wb.world.clock.set(new Date('2026-04-01T02:30:00Z'));
  return wb;
});

const docOf = (url: string) => DocumentApp.openById(/\/d\/([\w-]+)/.exec(url)![1]);

it('generates the March report on demand and the Doc reads as written: sections, KPI figures, charts, no placeholder', () => {
  const made = wb.call('generateReport', [{ kind: 'mensuel', year: 2026, month: 3 }], { user: admin }) as GeneratedReport;
  expect(made).toMatchObject({ name: 'Rapport mensuel — mars 2026', created: true });
  wb.world.run(
    () => {
      const body = docOf(made.url).getBody();
      const text = body.getText();
      expect(text).not.toContain('{{');
      const headings = body
        .getParagraphs()
        .filter((p) => p.getHeading() === DocumentApp.ParagraphHeading.HEADING1)
        .map((p) => p.getText());
      expect(headings).toEqual([
        '1. Synthèse',
        '2. Indicateurs clés',
        '3. Ressources mobilisées',
        '4. Pipeline des opportunités',
        '5. Engagements échus et en retard',
        '6. Alertes',
        '7. Satisfaction des partenaires',
        '8. Évaluations',
        '9. Recommandations',
        'Annexe — Définitions des indicateurs',
      ]);
      expect(text).toContain('2 engagements sont en retard, dont 1 de nos engagements.');
      expect(text).toContain('Aucune alerte envoyée pendant la période.');
      const [kpis] = tablesOf(body);
      const resources = kpis.find((r) => r[0] === 'Ressources mobilisées')!;
      // 4,5 M FCFA against the default annual target of 100 M prorated to a month (8 333 333).
      expect(resources.map((c) => c.replace(/\u00a0/g, ' '))).toEqual(['Ressources mobilisées', '4 500 000 FCFA', '0 FCFA', '▲', '8 333 333 FCFA', '54 %']);
      const images = body
        .getParagraphs()
        .flatMap((p) => (p.getNumChildren() && p.getChild(0).getType() === DocumentApp.ElementType.INLINE_IMAGE ? [p.getChild(0).asInlineImage()] : []));
      expect(images.map((i) => i.getAltTitle())).toEqual([
        'Graphique 1 — Ressources mobilisées par axe stratégique (FCFA)',
        'Graphique 2 — Opportunités par étape du pipeline',
      ]);
    },
    { user: admin },
  );
  expect(wb.call('listReports', [], { user: reader }) as ReportSummary[]).toEqual([
    { kind: 'mensuel', periodKey: '2026-03', name: 'Rapport mensuel — mars 2026', url: made.url },
  ]);
  expect(() => wb.call('generateReport', [{ kind: 'mensuel', year: 2026, month: 3 }], { user: reader })).toThrow(/Accès refusé/);
  expect(() => wb.call('generateReport', [{ kind: 'mensuel', year: 2026 }], { user: admin })).toThrow('Rapport mensuel : indiquez le mois (1 à 12).');
});

it('the dispatcher on 1 April makes the March and first-quarter reports, one e-mail each; the next day nothing more', () => {
  const before = _outbox(wb.world).length;
  wb.call('runScheduledJobs', [], { user: admin });
  const sent = _outbox(wb.world).slice(before);
  expect(sent.map((m) => m.subject).sort()).toEqual(['Pacte — Rapport mensuel — mars 2026', 'Pacte — Rapport trimestriel — 1er trimestre 2026']);
  expect(sent.every((m) => m.to.join() === DIRECTORS.join())).toBe(true);
  const listed = () => (wb.call('listReports', [], { user: reader }) as ReportSummary[]).map((r) => r.name);
  expect(listed().sort()).toEqual(['Rapport mensuel — mars 2026', 'Rapport trimestriel — 1er trimestre 2026']);

  wb.world.clock.set(new Date('2026-04-02T02:30:00Z'));
  wb.call('runScheduledJobs', [], { user: admin });
  expect(_outbox(wb.world).length).toBe(before + 2);
  expect(listed()).toHaveLength(2);
});
