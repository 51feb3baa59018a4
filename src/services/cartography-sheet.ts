/**
 * Writes the « Cartographie » sheet, which Pacte owns entirely: cleared, rewritten in one block,
 * and one column chart of partners per type that is updated in place (never piled up).
 */
import type { CartographyLayout } from '../domain/cartography/cartography';
import { CARTOGRAPHY_SHEET } from '../domain/cartography/cartography';
import { rewriteOwnedSheet, upsertColumnChart } from './owned-sheet';
import type { StoreContext } from './store-context';

export const CHART_TITLE = 'Partenaires par type';

export function writeCartographySheet(ctx: StoreContext, layout: CartographyLayout): void {
  const sheet = rewriteOwnedSheet(ctx, CARTOGRAPHY_SHEET, layout, 10);
  const width = layout.values[0].length;
  const { headerRow, lastRow, totalColumn } = layout.typeTable;
  const labels = sheet.getRange(headerRow, 1, lastRow - headerRow + 1, 1);
  const totals = sheet.getRange(headerRow, totalColumn, lastRow - headerRow + 1, 1);
  const [existing] = sheet.getCharts();
  upsertColumnChart(sheet, existing, {
    ranges: [labels, totals],
    title: CHART_TITLE,
    insertOptions: { legend: { position: 'none' } },
    row: headerRow,
    column: width + 2,
  });
}
