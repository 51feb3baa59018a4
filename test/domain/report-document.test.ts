/** The report document model: sections never empty, numbered captions, bold runs, shades, chart cells, problems. */
import {
  NOTHING_TO_REPORT,
  SHADES,
  boldRuns,
  bullets,
  chart,
  chartCells,
  heading,
  note,
  pageBreak,
  paragraph,
  planReport,
  reportProblems,
  section,
  table,
  type ReportDocument,
} from '../../src/domain/reports/document';
import { DEFAULT_REPORTS_FOLDER, reportSettings } from '../../src/domain/reports/settings';
import { REPORT_CATALOGUE, contentParagraphPresent, reportTemplateData } from '../../src/domain/reports/template';
import { checkTemplateDocument, planFill } from '../../src/domain/templates/engine';
import { defaultTemplate } from '../support/default-template';

const TITLE = { title: 'Rapport mensuel', subtitle: 'Partenariats', organisation: 'AJCAD', period: 'mars 2026', date: '1er avril 2026', author: 'Awa Traoré' };

const tableOf = (caption: string) =>
  table({ caption, header: ['Partenaire', 'Montant'], rows: [['FJS', '1 000 FCFA']], align: ['left', 'right'], tones: ['red'] });
const chartOf = (caption: string) => chart({ caption, chart: 'column', categories: ['Jeunesse', 'Paix'], series: [{ name: 'Reçu', values: [3, 4] }] });

describe('report document', () => {
  it('gives an empty section the « rien à signaler » sentence, and keeps a full one as is', () => {
    expect(section('Alertes', [])).toEqual([heading(1, 'Alertes'), note(NOTHING_TO_REPORT)]);
    expect(section('Alertes', [], 'Aucune alerte ce mois-ci.', 2)).toEqual([heading(2, 'Alertes'), note('Aucune alerte ce mois-ci.')]);
    expect(section('Faits', [paragraph('Un fait.')])).toEqual([heading(1, 'Faits'), paragraph('Un fait.')]);
  });

  it('numbers tables and charts separately, in order, tables captioned above and charts below', () => {
    const doc: ReportDocument = { title: TITLE, blocks: [tableOf('Ressources'), chartOf('Par axe'), pageBreak(), tableOf('Engagements'), chartOf('Tendance')] };
    const items = planReport(doc);
    const captions = items.flatMap((i) => (i.kind === 'paragraph' ? [i.text] : []));
    expect(captions).toEqual(['Tableau 1 — Ressources', 'Graphique 1 — Par axe', 'Tableau 2 — Engagements', 'Graphique 2 — Tendance']);
    expect(items.map((i) => i.kind)).toEqual(['paragraph', 'table', 'chart', 'paragraph', 'pageBreak', 'paragraph', 'table', 'chart', 'paragraph']);
    const first = items[0];
    expect(first).toMatchObject({ italic: true, align: 'CENTER', bold: [[0, 8]] });
    expect((first as { text: string }).text.slice(0, 9)).toBe('Tableau 1');
    expect(items[2]).toMatchObject({ kind: 'chart', alt: 'Graphique 1 — Par axe' });
  });

  it('shades the header row and the toned rows, aligns columns left unless told', () => {
    const doc: ReportDocument = {
      title: TITLE,
      blocks: [
        table({
          caption: 'KPI',
          header: ['Indicateur', 'Valeur', 'Cible'],
          rows: [
            ['a', '1', '2'],
            ['b', '3', '4'],
          ],
          align: ['left', 'right'],
          tones: [null, 'green'],
        }),
      ],
    };
    const t = planReport(doc)[1];
    expect(t).toEqual({
      kind: 'table',
      cells: [
        ['Indicateur', 'Valeur', 'Cible'],
        ['a', '1', '2'],
        ['b', '3', '4'],
      ],
      align: ['left', 'right', 'left'],
      shades: [SHADES.header, null, SHADES.green],
    });
  });

  it('turns ** ** into bold ranges with inclusive ends, in paragraphs and bullets; headings and notes keep their style', () => {
    expect(boldRuns('Les ressources atteignent **45 %** de l’objectif')).toEqual({ text: 'Les ressources atteignent 45 % de l’objectif', bold: [[26, 29]] });
    expect(boldRuns('sans gras')).toEqual({ text: 'sans gras', bold: [] });
    const items = planReport({ title: TITLE, blocks: [heading(2, 'Synthèse'), bullets(['**A** un', 'deux']), bullets([]), note()] });
    expect(items).toEqual([
      { kind: 'paragraph', text: 'Synthèse', heading: 'HEADING2', bold: [] },
      {
        kind: 'list',
        items: [
          { text: 'A un', bold: [[0, 0]] },
          { text: 'deux', bold: [] },
        ],
      },
      { kind: 'paragraph', text: NOTHING_TO_REPORT, heading: 'NORMAL', bold: [], italic: true },
    ]);
  });

  it('lays a chart out as a header row and one row per category', () => {
    const c = chart({
      caption: 'x',
      chart: 'line',
      categories: ['jan', 'fév'],
      series: [
        { name: 'Prévu', values: [1, 2] },
        { name: 'Reçu', values: [0, 5] },
      ],
    });
    expect(chartCells(c as Parameters<typeof chartCells>[0])).toEqual([
      ['', 'Prévu', 'Reçu'],
      ['jan', 1, 0],
      ['fév', 2, 5],
    ]);
  });

  it('names in French each row, alignment, tone or series of the wrong length', () => {
    const doc: ReportDocument = {
      title: TITLE,
      blocks: [
        table({ caption: 'KPI', header: ['a', 'b'], rows: [['1']], align: ['left'], tones: [] }),
        chart({
          caption: 'Axes',
          chart: 'pie',
          categories: ['x', 'y'],
          series: [
            { name: 'S', values: [1] },
            { name: 'T', values: [1, 2] },
          ],
        }),
        chart({ caption: 'Vide', chart: 'bar', categories: [], series: [] }),
      ],
    };
    expect(reportProblems(doc)).toEqual([
      'Tableau « KPI », ligne 1 : 1 cellule(s) au lieu de 2 (une par colonne d’en-tête).',
      'Tableau « KPI » : 1 alignement(s) pour 2 colonne(s).',
      'Tableau « KPI » : 0 couleur(s) de ligne pour 1 ligne(s).',
      'Graphique « Axes », série « S » : 1 valeur(s) pour 2 catégorie(s).',
      'Graphique « Axes » : un camembert ne montre qu’une série (2 données).',
      'Graphique « Vide » : aucune série de valeurs.',
    ]);
    expect(reportProblems({ title: TITLE, blocks: [tableOf('ok'), chartOf('ok')] })).toEqual([]);
  });
});

describe('Paramètres › Rapports', () => {
  it('reads the recipients (lower case, each once, any separator) and the folder, defaulting to « Rapports Pacte »', () => {
    expect(reportSettings([])).toEqual({ recipients: [], folder: DEFAULT_REPORTS_FOLDER, problems: [] });
    const s = reportSettings([
      { section: 'Général', key: 'Organisation', value: 'AJCAD' },
      { section: 'rapports', key: 'Destinataires', value: 'DG@ajcad.org; dga@ajcad.org,\ndg@ajcad.org' },
      { section: 'Rapports', key: 'destinataires', value: 'daf@ajcad.org' },
      { section: 'Rapports', key: 'Dossier', value: '  Rapports de direction ' },
    ]);
    expect(s).toEqual({ recipients: ['dg@ajcad.org', 'dga@ajcad.org', 'daf@ajcad.org'], folder: 'Rapports de direction', problems: [] });
  });

  it('names in French an address that is not one and an unknown key, keeping the rest', () => {
    const s = reportSettings([
      { section: 'Rapports', key: 'Destinataires', value: 'dg@ajcad.org, directeur' },
      { section: 'Rapports', key: 'Fréquence', value: 'mensuelle' },
      { section: 'Rapports', key: 'Dossier', value: '' },
    ]);
    expect(s.recipients).toEqual(['dg@ajcad.org']);
    expect(s.folder).toBe(DEFAULT_REPORTS_FOLDER);
    expect(s.problems).toEqual([
      'Paramètres › Rapports (« Destinataires ») : « directeur » n’est pas une adresse e-mail (attendu : nom@domaine.org).',
      'Paramètres › Rapports : clé « Fréquence » inconnue (attendu : Destinataires ou Dossier).',
    ]);
  });
});

describe('the « Rapport » template', () => {
  const template = defaultTemplate('rapport');

  it('has no problem, holds {{contenu}} and fills its title page', () => {
    expect(checkTemplateDocument(template, REPORT_CATALOGUE)).toEqual([]);
    expect(contentParagraphPresent(template)).toBe(true);
    expect(contentParagraphPresent({ ...template, body: template.body.slice(0, -1) })).toBe(false);
    const result = planFill(template, REPORT_CATALOGUE, reportTemplateData({ ...TITLE, subtitle: '' }));
    expect(result.ok).toBe(true);
  });
});
