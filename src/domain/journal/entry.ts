import type { CellData } from '../schema/field';

/** One entry of the Journal: who (the store's user) changed what, when (its stamp), before → after. */
export interface JournalEntry {
  /** Sheet name of the record (« Partenaires »). */
  sheet: string;
  recordId: string;
  action: string;
  /** Field header (« Statut »), '' for a whole record. */
  field: string;
  before: CellData;
  after: CellData;
}
