/** Pacte's own sheets, which an import never reads from: accents, case and spaces ignored. */
import { ALL_TABLES } from '../schema/tables';
import { CARTOGRAPHY_SHEET } from '../cartography/cartography';
import { COMMITMENT_BOARD_SHEET } from '../commitments/board';
import { foldText } from '../records/normalise';

const PACTE_SHEETS = new Set([...ALL_TABLES.map((t) => foldText(t.sheetName)), foldText(CARTOGRAPHY_SHEET), foldText(COMMITMENT_BOARD_SHEET)]);

export function isPacteSheet(name: string): boolean {
  return PACTE_SHEETS.has(foldText(name));
}
