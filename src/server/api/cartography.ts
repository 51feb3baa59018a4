/** Sidebar API: the partner map (type × category, Mendelow quadrants) and its « Cartographie » sheet. */
import type { Cartography } from '../../domain/contracts';
import { PARTNERS } from '../../domain/schema/tables';
import { EDITORS, READERS } from '../../domain/settings/access';
import { buildCartography, cartographyLayout } from '../../domain/cartography/cartography';
import { SheetTable } from '../../services/sheet-table';
import { writeCartographySheet } from '../../services/cartography-sheet';
import { toLocalDate } from '../../services/time-zone';
import { read_, write_ } from '../request';

/** Counts and names of partners by type × category and by quadrant: one read of Partenaires. */
export function getCartography(): Cartography {
  return read_(READERS, ({ ctx }) =>
    buildCartography(
      SheetTable.open(ctx, PARTNERS)
        .all()
        .map((s) => s.record),
    ),
  );
}

/** Rewrites the « Cartographie » sheet (created if missing) and refreshes its chart; returns the map. */
export function refreshCartographySheet(): Cartography {
  return write_(EDITORS, ({ ctx }) => {
    const carto = buildCartography(
      SheetTable.open(ctx, PARTNERS)
        .all()
        .map((s) => s.record),
    );
    writeCartographySheet(ctx, cartographyLayout(carto, toLocalDate(new Date(), ctx.timeZone)));
    return carto;
  });
}
