/**
 * Publishing a report over the emulator, through the real services: the Doc written from the
 * « Rapport » template (title page, headings, numbered captions, tables, chart image), the
 * reports folder shared (view) with the recipients, one e-mail, and a second publication that
 * returns the same Doc and sends nothing.
 */
import { _outbox } from '../../src/dev/emulator/mail/mail-state';
import { portsFor } from '../../src/server/frame/ports';
import { publishReport, readReportSettings } from '../../src/app/reports/publish';
import { SETTINGS } from '../../src/domain/schema/tables';
import { ADMIN, setupWorkbook, type TestWorkbook } from '../support/workbook';
import { REPORT_SAMPLE } from '../support/report-sample';
import { drawCharts } from '../../src/services/docs/report-doc';

const DIRECTORS = ['dg@ajcad-mali.org', 'dga@ajcad-mali.org'];

let wb: TestWorkbook;
beforeEach(() => {
  wb = setupWorkbook();
  wb.world.run(() =>
    portsFor(wb.ctx())
      .store.table(SETTINGS)
      .insert([
        { section: 'Rapports', key: 'Destinataires', value: DIRECTORS.join(', ') },
        { section: 'Rapports', key: 'Dossier', value: 'Rapports de direction' },
      ]),
  );
});

const publish = () =>
  wb.world.run(
    () => {
      const ports = portsFor(wb.ctx());
      return publishReport(ports, readReportSettings(ports), REPORT_SAMPLE, 'mensuel', '2026-03');
    },
    { user: ADMIN },
  );

const docId = (url: string): string => /\/d\/([\w-]+)/.exec(url)![1];

it('writes the report Doc from the template: title page, styled headings, numbered captions, tables, the chart as an image, no placeholder left', () => {
  const result = publish();
  expect(result).toMatchObject({ name: 'Rapport mensuel des partenariats — mars 2026', created: true });
  wb.world.run(() => {
    const doc = DocumentApp.openById(docId(result.url));
    const body = doc.getBody();
    const text = body.getText();
    expect(text).not.toContain('{{');
    expect(doc.getHeader()!.getText()).toBe('AJCAD Mali · Rapport mensuel des partenariats · mars 2026');
    const paragraphs = body.getParagraphs();
    const byText = (t: string) => paragraphs.find((p) => p.getText() === t)!;
    expect(byText('Rapport mensuel des partenariats').getHeading()).toBe(DocumentApp.ParagraphHeading.TITLE);
    expect(byText('Période : mars 2026')).toBeDefined();
    expect(byText('1. Synthèse').getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING1);
    expect(byText('Par axe stratégique').getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING2);
    const captions = paragraphs.map((p) => p.getText()).filter((t) => /^(Tableau|Graphique) \d/.test(t));
    expect(captions).toEqual([
      'Tableau 1 — Ressources mobilisées par partenaire',
      'Graphique 1 — Ressources mobilisées par axe (FCFA)',
      'Tableau 2 — Engagements échus',
    ]);
    // The empty section says so.
    const alerts = paragraphs.findIndex((p) => p.getText() === '4. Alertes');
    expect(paragraphs[alerts + 1].getText()).toBe('Aucune alerte ce mois-ci.');
    expect(paragraphs[alerts + 1].editAsText().isItalic()).toBe(true);
    // Bold run of a paragraph.
    const summary = byText('Les ressources mobilisées atteignent 45 % de l’objectif annuel, en hausse de 12 points.');
    expect(summary.editAsText().isBold(37)).toBe(true);
    expect(summary.editAsText().isBold(0)).toBeFalsy();

    const tables = body.getTables();
    expect(tables).toHaveLength(2);
    const [resources, due] = tables.map((t) => t.asTable());
    expect(resources.getNumRows()).toBe(4);
    expect(resources.getRow(0).getText()).toBe('Partenaire\nType\nMontant');
    expect(resources.getCell(2, 2).getText()).toBe('3 500 000 FCFA');
    expect(resources.getCell(0, 1).getBackgroundColor()).toBe('#d9d9d9');
    expect(resources.getCell(0, 1).editAsText().isBold()).toBe(true);
    expect(resources.getCell(1, 2).getChild(0).asParagraph().getAlignment()).toBe(DocumentApp.HorizontalAlignment.RIGHT);
    expect(due.getCell(1, 0).getBackgroundColor()).toBe('#f4cccc');
    expect(due.getCell(2, 0).getBackgroundColor()).toBeNull();

    const images = paragraphs.flatMap((p) =>
      p.getNumChildren() && p.getChild(0).getType() === DocumentApp.ElementType.INLINE_IMAGE ? [p.getChild(0).asInlineImage()] : [],
    );
    expect(images).toHaveLength(1);
    expect(images[0].getAltTitle()).toBe('Graphique 1 — Ressources mobilisées par axe (FCFA)');
    expect(images[0].getBlob().getContentType()).toBe('image/png');
    expect([images[0].getWidth(), images[0].getHeight()]).toEqual([600, 340]);
    // The scratch sheet that drew the chart is gone.
    expect(SpreadsheetApp.getActiveSpreadsheet().getSheetByName('_graphiques_rapport')).toBeNull();
  });
});

it('files the report in the reports folder shared (view) with the directors, mails them once, and makes it once per period', () => {
  const first = publish();
  expect(first.shared).toEqual(DIRECTORS);
  expect(first.mail?.status).toBe('envoyé');
  const sent = _outbox(wb.world);
  expect(sent).toHaveLength(1);
  expect(sent[0].to).toEqual(DIRECTORS);
  expect(sent[0].subject).toBe('Pacte — Rapport mensuel des partenariats — mars 2026');
  expect(sent[0].body).toContain(first.url);

  wb.world.run(() => {
    const folderId = Drive!.Files.get(docId(first.url), { fields: 'parents' }).parents![0];
    const folder = Drive!.Files.get(folderId, { fields: 'name,parents' });
    expect(folder.name).toBe('Rapports de direction');
    expect(Drive!.Files.get(folder.parents![0], { fields: 'name' }).name).toBe('Pacte — AJCAD — Partenariats');
    const perms = Drive!.Permissions.list(folderId, { fields: 'permissions(emailAddress,role,type)' }).permissions ?? [];
    for (const d of DIRECTORS) expect(perms).toContainEqual(expect.objectContaining({ emailAddress: d, role: 'reader', type: 'user' }));
  });

  wb.world.log.reset();
  const second = publish();
  expect(second).toMatchObject({ url: first.url, created: false, shared: [] });
  expect(second.mail?.status).toBe('déjà envoyé');
  expect(_outbox(wb.world)).toHaveLength(1);
  expect(wb.world.log.count('DocumentApp.openById')).toBe(0);
});

it('refuses in French a template that lost {{contenu}}, before making any Doc', () => {
  publish();
  wb.world.run(() => {
    const templateId = portsFor(wb.ctx())
      .store.table(SETTINGS)
      .all()
      .find((s) => s.record.section === 'Modèles' && s.record.key === 'Rapport')!.record.value as string;
    const body = DocumentApp.openById(String(templateId)).getBody();
    body.replaceText('\\{\\{contenu\\}\\}', 'Corps');
  });
  wb.world.log.reset();
  expect(() =>
    wb.world.run(() => {
      const ports = portsFor(wb.ctx());
      return publishReport(ports, readReportSettings(ports), REPORT_SAMPLE, 'mensuel', '2026-04');
    }),
  ).toThrow(
    'Le modèle « Rapport » (Paramètres › Modèles) ne contient plus le champ {{contenu}} : ajoutez un paragraphe {{contenu}} là où le corps du rapport doit s’écrire.',
  );
  expect(wb.world.log.total('Drive.Files.create', 'Drive.Files.copy', 'DocumentApp.create')).toBe(0);
  expect(_outbox(wb.world)).toHaveLength(1);
});

it('draws a chart whose series and categories are years as one whose labels are words: Sheets keeps them as labels', () => {
  const draw = (categories: string[], name: string): Buffer =>
    wb.world.run(() => {
      const [png] = drawCharts(SpreadsheetApp.getActiveSpreadsheet(), [
        { kind: 'chart', caption: 'x', chart: 'line', categories, series: [{ name, values: [1, 2, 3] }] },
      ]);
      return Buffer.from(png.getBytes().map((b) => b & 0xff));
    });
  expect(draw(['2024', '2025', '2026'], '2025').equals(draw(['un', 'deux', 'trois'], 'Reçu'))).toBe(true);
});
