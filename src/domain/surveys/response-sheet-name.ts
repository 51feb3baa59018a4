/** The name of a campaign's response sheet: « Réponses — <titre> », unique in the workbook, within Sheets' 100 characters. */
import { foldText } from '../records/normalise';

const MAX_SHEET_NAME = 100;

export function responseSheetTitle(campaignTitle: string, taken: readonly string[]): string {
  const used = new Set(taken.map(foldText));
  const base = `Réponses — ${campaignTitle.replace(/\s+/g, ' ').trim()}`;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(foldText(name))) return name;
  }
}
