/**
 * Writes the « Cartographie » sheet, which Pacte owns entirely: cleared, rewritten in one block,
 * and one column chart of partners per type that is updated in place (never piled up).
 */
import type { CartographyLayout } from '../domain/cartography/cartography';
import { CARTOGRAPHY_SHEET } from '../domain/cartography/cartography';
import { escapeForSheet } from '../domain/format/sheet-text';
import type { StoreContext } from './store-context';

export const CHART_TITLE = 'Partenaires par type';

export function writeCartographySheet(ctx: StoreContext, layout: CartographyLayout): void {
  const sheet = ctx.spreadsheet.getSheetByName(CARTOGRAPHY_SHEET) ?? ctx.spreadsheet.insertSheet(CARTOGRAPHY_SHEET);
  const height = layout.values.length;
  const width = layout.values[0].length;
  sheet.clear();
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (height > maxRows) sheet.insertRowsAfter(maxRows, height - maxRows);
  if (width + 10 > maxColumns) sheet.insertColumnsAfter(maxColumns, width + 10 - maxColumns);
  const block = sheet.getRange(1, 1, height, width);
  block.setValues(layout.values.map((r) => r.map((v) => escapeForSheet(v))));
  const bold = new Set(layout.boldRows);
  block.setFontWeights(layout.values.map((r, i) => r.map(() => (bold.has(i + 1) ? 'bold' : 'normal'))));

  const { headerRow, lastRow, totalColumn } = layout.typeTable;
  const labels = sheet.getRange(headerRow, 1, lastRow - headerRow + 1, 1);
  const totals = sheet.getRange(headerRow, totalColumn, lastRow - headerRow + 1, 1);
  const [existing] = sheet.getCharts();
  if (existing) {
    sheet.updateChart(existing.modify().clearRanges().addRange(labels).addRange(totals).setOption('title', CHART_TITLE).build());
  } else {
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.COLUMN)
        .addRange(labels)
        .addRange(totals)
        .setOption('title', CHART_TITLE)
        .setOption('legend', { position: 'none' })
        .setPosition(headerRow, width + 2, 0, 0)
        .build(),
    );
  }
}
