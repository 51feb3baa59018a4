/** Sidebar API: partners. */
import { PARTNERS } from '../../domain/schema/tables';
import { READERS } from '../../domain/settings/access';
import { sortPartners, summarisePartner, type PartnerSummary } from '../../domain/partners/partner-summary';
import { SheetTable } from '../../services/sheet-table';
import { read_ } from '../request';

/** Every partner, sorted by name: one read of Partenaires whatever its size. */
export function listPartners(): PartnerSummary[] {
  return read_(READERS, ({ ctx }) => sortPartners(SheetTable.open(ctx, PARTNERS).all().map((s) => summarisePartner(s.record))));
}
