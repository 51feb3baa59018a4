/**
 * Writes a report into Google Docs (the reports port's `writeReport`, app/ports/reports.ts):
 * 1. the « Rapport » template copied and its title page filled by the template engine
 *    (generateFromTemplate: values written by offsets, never through replaceText);
 * 2. the copy opened once; the paragraph holding {{contenu}} replaced by the planned items
 *    (domain/reports/document.ts `planReport`): paragraphs with their heading and bold ranges,
 *    lists, tables appended whole with insertTable(cells) then only their header row, toned rows
 *    and non-left columns styled, charts as images, page breaks;
 * 3. every « {{ » left in the body, header or footer refused in French, naming the placeholder.
 *
 * Charts: drawn by Sheets in a hidden scratch sheet of the Pacte workbook, every chart's data in
 * one setValues, one chart inserted then read back as PNG (EmbeddedChart.getBlob) per chart, then
 * the sheet deleted (its charts with it). The workbook is already open and needs no scope
 * or Drive file more, where a temporary spreadsheet would cost a Drive create, an open, and a
 * trash that a killed execution leaves undone. A scratch sheet a killed execution left behind
 * is deleted first.
 */
import { type ReportItem, chartCells, type ReportChart, type CellAlign } from '../../domain/reports/document';
import { CONTENT_PLACEHOLDER } from '../../domain/reports/template';
import type { FillPlan } from '../../domain/templates/engine';
import type { TemplateDocument } from '../../domain/templates/model';
import { generateFromTemplate } from './template-doc';

/** The template as the app read and checked it (its port's ReportTemplate). */
interface ReportTemplate {
  id: string;
  document: TemplateDocument;
  plan: FillPlan;
  what: string;
}

type Body = GoogleAppsScript.Document.Body;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Blob = GoogleAppsScript.Base.Blob;

export const SCRATCH_SHEET = '_graphiques_rapport';
/** Chart image size in pixels: the text width of an A4 page with Docs' default margins. */
const CHART_SIZE = { width: 600, height: 340 };

const CHART_TYPES: Record<ReportChart['chart'], () => GoogleAppsScript.Charts.ChartType> = {
  column: () => Charts.ChartType.COLUMN,
  bar: () => Charts.ChartType.BAR,
  pie: () => Charts.ChartType.PIE,
  line: () => Charts.ChartType.LINE,
};

class ReportWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportWriteError';
  }
}

/** Each chart drawn by Sheets as a PNG, in order. */
export function drawCharts(spreadsheet: Spreadsheet, charts: readonly ReportChart[]): Blob[] {
  if (charts.length === 0) return [];
  const stale = spreadsheet.getSheetByName(SCRATCH_SHEET);
  if (stale) spreadsheet.deleteSheet(stale);
  const sheet = spreadsheet.insertSheet(SCRATCH_SHEET);
  sheet.hideSheet();
  // Every chart's cells stacked in one rectangle (one write), a blank row between two charts.
  const blocks = charts.map(chartCells);
  const width = Math.max(...blocks.map((b) => b[0].length));
  const grid: (string | number)[][] = [];
  const origins: number[] = [];
  for (const b of blocks) {
    origins.push(grid.length + 1);
    // Text cells (series names « 2025 », categories « 2026 ») kept as text: Sheets reads a header row from text.
    for (const row of b) grid.push([...row.map((v) => (typeof v === 'string' && v !== '' ? `'${v}` : v)), ...Array<string>(width - row.length).fill('')]);
    grid.push(Array<string>(width).fill(''));
  }
  sheet.getRange(1, 1, grid.length, width).setValues(grid);
  try {
    return charts.map((c, i) => {
      const chart = sheet
        .newChart()
        .setChartType(CHART_TYPES[c.chart]())
        .addRange(sheet.getRange(origins[i], 1, blocks[i].length, blocks[i][0].length))
        .setOption('width', CHART_SIZE.width)
        .setOption('height', CHART_SIZE.height)
        .setOption('legend', { position: c.series.length > 1 || c.chart === 'pie' ? 'bottom' : 'none' })
        .setPosition(1, width + 2, 0, 0)
        .build();
      sheet.insertChart(chart);
      return chart.getAs('image/png');
    });
  } finally {
    spreadsheet.deleteSheet(sheet);
  }
}

const ALIGN: Record<CellAlign, () => GoogleAppsScript.Document.HorizontalAlignment> = {
  left: () => DocumentApp.HorizontalAlignment.LEFT,
  center: () => DocumentApp.HorizontalAlignment.CENTER,
  right: () => DocumentApp.HorizontalAlignment.RIGHT,
};

function styleText(text: GoogleAppsScript.Document.Text, bold: readonly [number, number][], italic?: boolean): void {
  for (const [from, to] of bold) if (to >= from) text.setBold(from, to, true);
  if (italic) text.setItalic(true);
}

function insertTable(body: Body, at: number, item: Extract<ReportItem, { kind: 'table' }>): void {
  const table = body.insertTable(at, item.cells);
  item.shades.forEach((shade, r) => {
    if (!shade) return;
    const row = table.getRow(r);
    for (let c = 0; c < item.cells[r].length; c++) {
      const cell = row.getCell(c).setBackgroundColor(shade);
      if (r === 0) cell.editAsText().setBold(true);
    }
  });
  item.align.forEach((a, c) => {
    if (a === 'left') return;
    for (let r = 0; r < item.cells.length; r++) table.getCell(r, c).getChild(0).asParagraph().setAlignment(ALIGN[a]());
  });
}

/** Writes the items from child index `at` of the body, charts taken in order from `images`. */
function writeItems(body: Body, at: number, items: readonly ReportItem[], images: Blob[]): void {
  let i = at;
  let chart = 0;
  for (const item of items) {
    switch (item.kind) {
      case 'paragraph': {
        const p = body.insertParagraph(i++, item.text);
        p.setHeading(DocumentApp.ParagraphHeading[item.heading]);
        if (item.align) p.setAlignment(DocumentApp.HorizontalAlignment[item.align]);
        if (item.text && (item.bold.length || item.italic)) styleText(p.editAsText(), item.bold, item.italic);
        break;
      }
      case 'list':
        for (const li of item.items) {
          const el = body.insertListItem(i++, li.text).setGlyphType(DocumentApp.GlyphType.BULLET);
          if (li.bold.length) styleText(el.editAsText(), li.bold);
        }
        break;
      case 'table':
        insertTable(body, i++, item);
        break;
      case 'chart': {
        const img = body.insertImage(i++, images[chart++]);
        img.setAltTitle(item.alt).setAltDescription(item.chart.caption);
        img.getParent().asParagraph().setAlignment(DocumentApp.HorizontalAlignment.CENTER);
        break;
      }
      case 'pageBreak':
        body.insertPageBreak(i++);
        break;
    }
  }
}

/** The index of the body paragraph holding {{contenu}}, or -1. */
function contentIndex(body: Body): number {
  const found = body.findText(CONTENT_PLACEHOLDER.replace(/[{}]/g, '\\$&'));
  if (!found) return -1;
  let el: GoogleAppsScript.Document.Element = found.getElement();
  while (el.getParent() && el.getParent().getType() !== DocumentApp.ElementType.BODY_SECTION) el = el.getParent();
  return body.getChildIndex(el);
}

function leftover(doc: GoogleAppsScript.Document.Document): string | null {
  const texts = [doc.getBody(), doc.getHeader(), doc.getFooter()].map((s) => (s ? s.getText() : ''));
  for (const t of texts) {
    const m = /\{\{[^}]*\}?\}?/.exec(t);
    if (m) return m[0];
  }
  return null;
}

/** The report Doc (see the file comment); its ID and URL. */
export function writeReportDoc(
  spreadsheet: Spreadsheet,
  template: ReportTemplate,
  items: readonly ReportItem[],
  folderId: string,
  name: string,
): { id: string; url: string } {
  const images = drawCharts(
    spreadsheet,
    items.flatMap((it) => (it.kind === 'chart' ? [it.chart] : [])),
  );
  const ref = generateFromTemplate(template.id, template.document, template.plan, folderId, name, template.what);
  const doc = DocumentApp.openById(ref.id);
  const body = doc.getBody();
  const at = contentIndex(body);
  if (at < 0)
    throw new ReportWriteError(
      `${template.what} ne contient plus le champ ${CONTENT_PLACEHOLDER} : ajoutez un paragraphe ${CONTENT_PLACEHOLDER} là où le corps du rapport doit s’écrire.`,
    );
  const holder = body.getChild(at).asParagraph();
  writeItems(body, at + 1, items, images);
  // The placeholder's paragraph goes, unless the template put other text around it.
  if (holder.getText().trim() === CONTENT_PLACEHOLDER) body.removeChild(holder);
  else holder.replaceText(CONTENT_PLACEHOLDER.replace(/[{}]/g, '\\$&'), '');
  // A body cannot end with a table: Docs keeps a paragraph after it.
  if (body.getChild(body.getNumChildren() - 1).getType() === DocumentApp.ElementType.TABLE) body.appendParagraph('');
  const left = leftover(doc);
  if (left)
    throw new ReportWriteError(`Le rapport « ${name} » garde le champ ${left} non rempli : corrigez ${template.what}, puis générez le rapport à nouveau.`);
  doc.saveAndClose();
  return ref;
}
