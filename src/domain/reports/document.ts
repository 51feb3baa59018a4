/**
 * A report as Pacte writes it into Google Docs, independent of what it reports on: a title page
 * and a sequence of blocks. The report contents (monthly, annual, diagnostic…) build a
 * `ReportDocument`; `planReport` turns it into the flat list of Docs writes the adapter performs
 * (services/docs/report-doc.ts), with the French numbering of tables and charts.
 *
 * API
 * - `ReportDocument` { title: ReportTitlePage; blocks: ReportBlock[] }
 * - blocks: `heading(level, text)`, `paragraph(text)` (text between ** ** is bold),
 *   `bullets(items)`, `table({ caption, header, rows, align?, tones? })`,
 *   `chart({ caption, kind, categories, series })`, `note(text?)` (« rien à signaler »), `pageBreak()`
 * - `section(title, blocks, nothing?, level?)`: a heading followed by its blocks, or by the
 *   « rien à signaler » sentence when there are none, so no section is ever empty.
 * - `reportProblems(doc)`: French messages for a table row or chart series of the wrong length.
 * - `planReport(doc)`: `ReportItem[]` (paragraphs with heading and bold ranges, lists, tables with
 *   header and row shades, chart images), tables numbered « Tableau n — … » (caption above),
 *   charts « Graphique n — … » (caption below), each counted in order of appearance.
 * - `chartCells(chart)`: the chart's data as a header row and one row per category (what the
 *   adapter writes into a scratch sheet to draw it).
 */

export interface ReportTitlePage {
  title: string;
  subtitle: string;
  organisation: string;
  /** « mars 2026 », « T1 2026 », « 2026 »… */
  period: string;
  /** Already in French (« 1er avril 2026 »). */
  date: string;
  author: string;
}

export type HeadingLevel = 1 | 2 | 3;
export type CellAlign = 'left' | 'center' | 'right';
/** A row's traffic light: on track, to watch, late. */
export type RowTone = 'green' | 'orange' | 'red';
export type ChartKind = 'column' | 'bar' | 'pie' | 'line';

export interface ReportTable {
  kind: 'table';
  caption: string;
  header: string[];
  rows: string[][];
  /** Per column; left when absent (figures usually right). */
  align?: CellAlign[];
  /** Per body row; null or absent leaves the row white. */
  tones?: (RowTone | null)[];
}

export interface ReportChart {
  kind: 'chart';
  caption: string;
  chart: ChartKind;
  categories: string[];
  series: { name: string; values: number[] }[];
}

export type ReportBlock =
  | { kind: 'heading'; level: HeadingLevel; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  | ReportTable
  | ReportChart
  | { kind: 'note'; text: string }
  | { kind: 'pageBreak' };

export interface ReportDocument {
  title: ReportTitlePage;
  blocks: ReportBlock[];
}

export const NOTHING_TO_REPORT = 'Rien à signaler pour cette période.';

export const heading = (level: HeadingLevel, text: string): ReportBlock => ({ kind: 'heading', level, text });
export const paragraph = (text: string): ReportBlock => ({ kind: 'paragraph', text });
export const bullets = (items: string[]): ReportBlock => ({ kind: 'bullets', items });
export const table = (t: Omit<ReportTable, 'kind'>): ReportBlock => ({ kind: 'table', ...t });
export const chart = (c: Omit<ReportChart, 'kind'>): ReportBlock => ({ kind: 'chart', ...c });
export const note = (text = NOTHING_TO_REPORT): ReportBlock => ({ kind: 'note', text });
export const pageBreak = (): ReportBlock => ({ kind: 'pageBreak' });

/** A heading and its blocks; the « rien à signaler » sentence instead when there are none. */
export function section(title: string, blocks: ReportBlock[], nothing = NOTHING_TO_REPORT, level: HeadingLevel = 1): ReportBlock[] {
  return [heading(level, title), ...(blocks.length ? blocks : [note(nothing)])];
}

/** French messages for what Docs could not show right: rows or series not matching their header. */
export function reportProblems(doc: ReportDocument): string[] {
  const out: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'table') {
      b.rows.forEach((r, i) => {
        if (r.length !== b.header.length)
          out.push(`Tableau « ${b.caption} », ligne ${i + 1} : ${r.length} cellule(s) au lieu de ${b.header.length} (une par colonne d’en-tête).`);
      });
      if (b.align && b.align.length !== b.header.length)
        out.push(`Tableau « ${b.caption} » : ${b.align.length} alignement(s) pour ${b.header.length} colonne(s).`);
      if (b.tones && b.tones.length !== b.rows.length)
        out.push(`Tableau « ${b.caption} » : ${b.tones.length} couleur(s) de ligne pour ${b.rows.length} ligne(s).`);
    } else if (b.kind === 'chart') {
      if (b.series.length === 0) out.push(`Graphique « ${b.caption} » : aucune série de valeurs.`);
      for (const s of b.series)
        if (s.values.length !== b.categories.length)
          out.push(`Graphique « ${b.caption} », série « ${s.name} » : ${s.values.length} valeur(s) pour ${b.categories.length} catégorie(s).`);
      if (b.chart === 'pie' && b.series.length > 1) out.push(`Graphique « ${b.caption} » : un camembert ne montre qu’une série (${b.series.length} données).`);
    }
  }
  return out;
}

// ---- the Docs writes --------------------------------------------------------------------------

export type DocHeading = 'NORMAL' | 'HEADING1' | 'HEADING2' | 'HEADING3';

/** Light shades of Docs' palette for the header row and the row tones. */
export const SHADES = { header: '#d9d9d9', green: '#d9ead3', orange: '#fce5cd', red: '#f4cccc' } as const;

export type ReportItem =
  | { kind: 'paragraph'; text: string; heading: DocHeading; bold: [number, number][]; italic?: boolean; align?: 'CENTER' }
  | { kind: 'list'; items: { text: string; bold: [number, number][] }[] }
  | { kind: 'table'; cells: string[][]; align: CellAlign[]; shades: (string | null)[] }
  | { kind: 'chart'; chart: ReportChart; alt: string }
  | { kind: 'pageBreak' };

/** "Les **45 %** visés" → the text without markers and the bold ranges (inclusive ends, as Docs' setBold). */
export function boldRuns(markup: string): { text: string; bold: [number, number][] } {
  let text = '';
  const bold: [number, number][] = [];
  markup.split('**').forEach((part, i) => {
    if (i % 2 && part) bold.push([text.length, text.length + part.length - 1]);
    text += part;
  });
  return { text, bold };
}

const HEADINGS: Record<HeadingLevel, DocHeading> = { 1: 'HEADING1', 2: 'HEADING2', 3: 'HEADING3' };

export const tableLabel = (n: number, caption: string): string => `Tableau ${n} — ${caption}`;
export const chartLabel = (n: number, caption: string): string => `Graphique ${n} — ${caption}`;

export function planReport(doc: ReportDocument): ReportItem[] {
  const items: ReportItem[] = [];
  let tables = 0;
  let charts = 0;
  const caption = (text: string): ReportItem => ({
    kind: 'paragraph',
    text,
    heading: 'NORMAL',
    bold: [[0, text.indexOf(' — ') - 1]],
    italic: true,
    align: 'CENTER',
  });
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'heading':
        items.push({ kind: 'paragraph', text: b.text, heading: HEADINGS[b.level], bold: [] });
        break;
      case 'paragraph':
        items.push({ kind: 'paragraph', heading: 'NORMAL', ...boldRuns(b.text) });
        break;
      case 'note':
        items.push({ kind: 'paragraph', text: b.text, heading: 'NORMAL', bold: [], italic: true });
        break;
      case 'bullets':
        if (b.items.length) items.push({ kind: 'list', items: b.items.map(boldRuns) });
        break;
      case 'table':
        items.push(caption(tableLabel(++tables, b.caption)));
        items.push({
          kind: 'table',
          cells: [b.header, ...b.rows],
          align: b.header.map((_, i) => b.align?.[i] ?? 'left'),
          shades: [SHADES.header, ...b.rows.map((_, i) => (b.tones?.[i] ? SHADES[b.tones[i] as RowTone] : null))],
        });
        break;
      case 'chart': {
        const label = chartLabel(++charts, b.caption);
        items.push({ kind: 'chart', chart: b, alt: label });
        items.push(caption(label));
        break;
      }
      case 'pageBreak':
        items.push({ kind: 'pageBreak' });
        break;
    }
  }
  return items;
}

/** The chart's data as Sheets reads a chart range: header row (blank corner, series names), one row per category. */
export function chartCells(c: ReportChart): (string | number)[][] {
  return [['', ...c.series.map((s) => s.name)], ...c.categories.map((cat, i) => [cat, ...c.series.map((s) => s.values[i] ?? 0)])];
}
