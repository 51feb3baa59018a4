/**
 * The periodic reports through the built bundle: « generateReport » makes the March report from a
 * seeded workbook, and the Doc opened reads as written — sections, KPI table figures, chart
 * images, no placeholder; the annual one's trend lines and table by quarter; « listReports » lists it; the dispatcher on 1 April makes the month's
 * and the quarter's reports, one e-mail each, and a second run makes and sends nothing.
 */
import { _outbox } from '../../src/dev/emulator/mail';
import type { GeneratedReport, ReportList } from '../../src/domain/contracts';
import { tablesOf } from '../support/doc-read';
import { reportWorkbook, REPORT_RECIPIENTS as DIRECTORS } from '../support/report-workbook';
import { seededPerFile, USERS, type PartnersWorkbook } from '../support/workbooks';

const { admin, reader } = USERS;

let wb: PartnersWorkbook;
seededPerFile(() => (wb = reportWorkbook()));

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
  expect(wb.call('listReports', [], { user: reader }) as ReportList).toEqual({
    today: '2026-04-01',
    reports: [{ kind: 'mensuel', periodKey: '2026-03', name: 'Rapport mensuel — mars 2026', url: made.url }],
  });
  expect(() => wb.call('generateReport', [{ kind: 'mensuel', year: 2026, month: 3 }], { user: reader })).toThrow(/Accès refusé/);
  expect(() => wb.call('generateReport', [{ kind: 'mensuel', year: 2026 }], { user: admin })).toThrow('Rapport mensuel : indiquez le mois (1 à 12).');
});

it('the dispatcher on 1 April makes the March and first-quarter reports, one e-mail each; the next day nothing more', () => {
  const before = _outbox(wb.world).length;
  wb.call('runScheduledJobs', [], { user: admin });
  const sent = _outbox(wb.world).slice(before);
  expect(sent.map((m) => m.subject).sort()).toEqual(['Pacte — Rapport mensuel — mars 2026', 'Pacte — Rapport trimestriel — 1er trimestre 2026']);
  expect(sent.every((m) => m.to.join() === DIRECTORS.join())).toBe(true);
  const listed = () => (wb.call('listReports', [], { user: reader }) as ReportList).reports.map((r) => r.name);
  expect(listed().sort()).toEqual(['Rapport mensuel — mars 2026', 'Rapport trimestriel — 1er trimestre 2026']);

  wb.world.clock.set(new Date('2026-04-02T02:30:00Z'));
  wb.call('runScheduledJobs', [], { user: admin });
  expect(_outbox(wb.world).length).toBe(before + 2);
  expect(listed()).toHaveLength(2);
});

it('the annual report compares with the year before and shows the table by quarter and the 12-month trend lines from « Indicateurs »', () => {
  const made = wb.call('generateReport', [{ kind: 'annuel', year: 2025 }], { user: admin }) as GeneratedReport;
  expect(made.name).toBe('Rapport annuel — année 2025');
  wb.world.run(
    () => {
      const body = docOf(made.url).getBody();
      expect(body.getText()).not.toContain('{{');
      const tables = tablesOf(body);
      expect(tables[0][0]).toEqual(['Indicateur', 'Valeur', 'Période précédente', 'Évolution', 'Objectif', 'Atteinte']);
      const byQuarter = tables.find((t) => t[0].join() === 'Indicateur,T1,T2,T3,T4,Année')!;
      // 10 M in February, 20 M in May, 30 M in September, 40 M in November 2025.
      expect(byQuarter.find((r) => r[0] === 'Ressources mobilisées')!.map((c) => c.replace(/\u00a0/g, ' '))).toEqual([
        'Ressources mobilisées',
        '10 000 000 FCFA',
        '20 000 000 FCFA',
        '30 000 000 FCFA',
        '40 000 000 FCFA',
        '100 000 000 FCFA',
      ]);
      const alts = body
        .getParagraphs()
        .flatMap((p) =>
          p.getNumChildren() && p.getChild(0).getType() === DocumentApp.ElementType.INLINE_IMAGE ? [p.getChild(0).asInlineImage().getAltTitle()] : [],
        );
      expect(alts.slice(0, 2)).toEqual(['Graphique 1 — Respect des échéances sur 12 mois (%)', 'Graphique 2 — Satisfaction moyenne sur 12 mois (sur 5)']);
    },
    { user: admin },
  );
});
