/** Sheets Pacte owns entirely: cleared and rewritten in one block, with one chart updated in place (never piled up). */
import { escapeForSheet } from '../domain/format/sheet-text';
import type { CellBlock, OwnedChart } from '../store/store';
import type { StoreContext } from './store-context';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type EmbeddedChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

interface OwnedBlock {
  /** The whole sheet, one rectangle: written with one setValues. */
  values: (string | number)[][];
  /** Rows (1-based) to show in bold. */
  boldRows: readonly number[];
}

/**
 * Finds or creates the sheet `name`, clears it, grows it to the block plus `spareColumns` columns
 * (room for the chart), writes the block in one setValues and sets its bold rows.
 */
export function rewriteOwnedSheet(ctx: StoreContext, name: string, block: OwnedBlock, spareColumns: number): Sheet {
  const sheet = ctx.spreadsheet.getSheetByName(name) ?? ctx.spreadsheet.insertSheet(name);
  const height = block.values.length;
  const width = block.values[0].length;
  sheet.clear();
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (height > maxRows) sheet.insertRowsAfter(maxRows, height - maxRows);
  if (width + spareColumns > maxColumns) sheet.insertColumnsAfter(maxColumns, width + spareColumns - maxColumns);
  const range = sheet.getRange(1, 1, height, width);
  range.setValues(block.values.map((r) => r.map((v) => escapeForSheet(v))));
  const bold = new Set(block.boldRows);
  range.setFontWeights(block.values.map((r, i) => r.map(() => (bold.has(i + 1) ? 'bold' : 'normal'))));
  return sheet;
}

interface ColumnChartSpec {
  ranges: readonly Range[];
  title: string;
  /** Options set only when the chart is first inserted (after the title). */
  insertOptions: Readonly<Record<string, unknown>>;
  /** Anchor cell of a new chart (1-based). */
  row: number;
  column: number;
}

/** Points `existing` at the spec's ranges and title, or inserts a new column chart when there is none. */
function upsertColumnChart(sheet: Sheet, existing: EmbeddedChart | undefined, spec: ColumnChartSpec): void {
  if (existing) {
    let builder = existing.modify().clearRanges();
    for (const r of spec.ranges) builder = builder.addRange(r);
    sheet.updateChart(builder.setOption('title', spec.title).build());
    return;
  }
  let builder = sheet.newChart().setChartType(Charts.ChartType.COLUMN);
  for (const r of spec.ranges) builder = builder.addRange(r);
  builder = builder.setOption('title', spec.title);
  for (const [key, value] of Object.entries(spec.insertOptions)) builder = builder.setOption(key, value);
  sheet.insertChart(builder.setPosition(spec.row, spec.column, 0, 0).build());
}

/**
 * Makes `chart` the sheet's only chart: removed when null, left untouched when it already shows the
 * same ranges (the usual case: the layout did not move, the chart shows the new values), otherwise
 * pointed at the new ranges or inserted.
 */
export function placeOwnedChart(sheet: Sheet, chart: OwnedChart | null): void {
  const [existing, ...extra] = sheet.getCharts();
  for (const c of extra) sheet.removeChart(c);
  if (!chart) {
    if (existing) sheet.removeChart(existing);
    return;
  }
  if (existing && sameRanges(existing, chart.ranges.map(a1))) return;
  upsertColumnChart(sheet, existing, {
    ranges: chart.ranges.map((b) => sheet.getRange(b.row, b.column, b.rows, b.columns)),
    title: chart.title,
    insertOptions: chart.insertOptions,
    row: chart.anchor.row,
    column: chart.anchor.column,
  });
}

function sameRanges(chart: EmbeddedChart, wanted: readonly string[]): boolean {
  const ranges = chart.getRanges();
  return ranges.length === wanted.length && ranges.every((r, i) => r.getA1Notation() === wanted[i]);
}

/** « A3:A9 », as Range.getA1Notation() gives it (a single cell: « A3 »). */
function a1(b: CellBlock): string {
  const from = `${columnLetter(b.column)}${b.row}`;
  return b.rows === 1 && b.columns === 1 ? from : `${from}:${columnLetter(b.column + b.columns - 1)}${b.row + b.rows - 1}`;
}

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}
