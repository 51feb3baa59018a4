/**
 * Writes the « Cartographie » sheet, which Pacte owns entirely: cleared, rewritten in one block,
 * and one column chart of partners per type that is updated in place (never piled up).
 */
import type { CartographyLayout } from '../domain/cartography/cartography';
import { CARTOGRAPHY_SHEET } from '../domain/cartography/cartography';
import { storeFor } from './sheets-store';
import type { StoreContext } from './store-context';

export const CHART_TITLE = 'Partenaires par type';

export function writeCartographySheet(ctx: StoreContext, layout: CartographyLayout): void {
  const width = layout.values[0].length;
  const { headerRow, lastRow, totalColumn } = layout.typeTable;
  const rows = lastRow - headerRow + 1;
  storeFor(ctx).rewriteOwned(CARTOGRAPHY_SHEET, {
    values: layout.values,
    boldRows: layout.boldRows,
    spareColumns: 10,
    chart: {
      title: CHART_TITLE,
      ranges: [
        { row: headerRow, column: 1, rows, columns: 1 },
        { row: headerRow, column: totalColumn, rows, columns: 1 },
      ],
      insertOptions: { legend: { position: 'none' } },
      anchor: { row: headerRow, column: width + 2 },
    },
  });
}
