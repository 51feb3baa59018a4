/**
 * A spreadsheet exported as CSV through Drive's files.export
 * (https://developers.google.com/workspace/drive/api/guides/ref-export-formats: « CSV (first sheet only) »):
 * the first sheet's cells as Sheets shows them, RFC 4180. The emulator does not evaluate formulas,
 * so a formula cell exports empty where Google would give its result.
 */
import type { BlobData } from '../core/blob-data';
import { utf8 } from '../core/blob-data';
import type { SpreadsheetModel } from './model';
import { displayValue } from './number-format';
import { localeInfo } from './locale';

const field = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function exportCsv(model: SpreadsheetModel, name: string): BlobData {
  const sheet = model.sheets[0];
  const loc = localeInfo(model.locale);
  const rows = sheet.lastRow();
  const cols = sheet.lastColumn();
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < cols; c++) cells.push(field(displayValue(sheet.get(r, c), sheet.numberFormats.get(r, c), loc, model.timeZone)));
    lines.push(cells.join(','));
  }
  return { bytes: utf8(lines.join('\r\n')), contentType: 'text/csv', name: `${name}.csv` };
}
