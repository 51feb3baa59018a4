/** Sidebar API: the partner map (type × category, Mendelow quadrants) and its « Cartographie » sheet. */
import { PARTNERS } from '../../domain/schema/tables';
import { buildCartography, cartographyLayout } from '../../domain/cartography/cartography';
import { SheetTable } from '../../services/sheet-table';
import { writeCartographySheet } from '../../services/cartography-sheet';
import { toLocalDate } from '../../domain/format/time-zone';
import { serve } from '../frame/endpoint';

/** Counts and names of partners by type × category and by quadrant: one read of Partenaires. */
export const getCartography = serve('getCartography', ({ ctx }) =>
  buildCartography(
    SheetTable.open(ctx, PARTNERS)
      .all()
      .map((s) => s.record),
  ),
);

/** Rewrites the « Cartographie » sheet (created if missing) and refreshes its chart; returns the map. */
export const refreshCartographySheet = serve('refreshCartographySheet', ({ ctx }) => {
  const carto = buildCartography(
    SheetTable.open(ctx, PARTNERS)
      .all()
      .map((s) => s.record),
  );
  writeCartographySheet(ctx, cartographyLayout(carto, toLocalDate(new Date(), ctx.timeZone)));
  return carto;
});
