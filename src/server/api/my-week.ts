/** Sidebar API: "Ma semaine", the caller's next actions and deadlines. */
import { COMMITMENTS, CONVENTIONS, OPPORTUNITIES, PARTNERS } from '../../domain/schema/tables';
import type { TableSpec } from '../../domain/schema/field';
import { buildMyWeek } from '../../domain/pipeline/my-week';
import { SheetTable } from '../../services/sheet-table';
import { toLocalDate } from '../../domain/format/time-zone';
import { checkRows } from '../../domain/records/row-problems';
import { serve } from '../endpoint';

/**
 * The caller's opportunities, partners and commitments due within seven days (overdue
 * included), overdue first then by date. One read each of Opportunités, Partenaires,
 * Engagements and Conventions (the latter to name a commitment's partner).
 */
export const getMyWeek = serve('getMyWeek', ({ ctx }) => {
  // A date or amount typed wrong by hand is left out (no deadline from it), never an error.
  const records = (spec: TableSpec) => checkRows(spec, SheetTable.open(ctx, spec).all()).map((r) => r.record);
  return buildMyWeek(ctx.user, toLocalDate(new Date(), ctx.timeZone), {
    opportunities: records(OPPORTUNITIES),
    partners: records(PARTNERS),
    commitments: records(COMMITMENTS),
    conventions: records(CONVENTIONS),
  });
});
