/** The other sheets of the workbook, which an import reads partners from. */
import type { SourceCell } from '../../domain/import/plan';

export interface ImportSheets {
  /** Names of the workbook's sheets that are not Pacte's. */
  importable(): string[];
  /** The whole sheet, dates as « YYYY-MM-DD » in the workbook's zone; null when no sheet has that name. */
  read(name: string): SourceCell[][] | null;
}
