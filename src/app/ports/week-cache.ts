/**
 * What « Ma semaine » keeps of each sheet it reads (domain/pipeline/week-extract.ts), in the
 * document cache: put again whenever Pacte writes the sheet and every hour, dropped by a hand edit
 * of it, so that opening the week reads only the sheets whose extract is missing.
 */
import type { WeekExtract } from '../../domain/pipeline/week-extract';

export interface WeekCache {
  /** The extracts the cache holds of these sheets (by sheet name); a missing one is absent. */
  read(sheets: readonly string[]): Map<string, WeekExtract>;
  /**
   * Keeps a sheet's extract (none is kept when it is too large: the sheet is then read at each
   * opening). `ifMissing`: only when no extract was put meanwhile (one read before a write is older).
   */
  save(sheet: string, extract: WeekExtract, opts?: { ifMissing?: boolean }): void;
}
