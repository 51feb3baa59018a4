/** The partner map (type × category, Mendelow quadrants) and its « Cartographie » sheet. */
import type { Cartography } from '../domain/contracts';
import { PARTNERS } from '../domain/schema/tables';
import { buildCartography, CARTOGRAPHY_SHEET, cartographyLayout, type CartographyLayout } from '../domain/cartography/cartography';
import type { OwnedSheet, Store } from '../store/store';

const CHART_TITLE = 'Partenaires par type';

/** Counts and names of partners by type × category and by quadrant: one read of Partenaires. */
export function getCartography(store: Store): Cartography {
  return buildCartography(
    store
      .table(PARTNERS)
      .all()
      .map((s) => s.record),
  );
}

/** Rewrites the « Cartographie » sheet (created if missing) and refreshes its chart; returns the map. */
export function refreshCartographySheet(store: Store): Cartography {
  const carto = getCartography(store);
  store.rewriteOwned(CARTOGRAPHY_SHEET, cartographySheet(cartographyLayout(carto, store.today())));
  return carto;
}

/** The sheet, with room on the right for its one column chart of partners per type (updated in place, never piled up). */
function cartographySheet(layout: CartographyLayout): OwnedSheet {
  const width = layout.values[0].length;
  const { headerRow, lastRow, totalColumn } = layout.typeTable;
  const rows = lastRow - headerRow + 1;
  return {
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
  };
}
