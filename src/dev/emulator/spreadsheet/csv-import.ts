/**
 * A CSV uploaded through Drive.Files.create with the Google Sheets mimeType becomes a spreadsheet
 * (https://developers.google.com/workspace/drive/api/guides/manage-uploads#import-docs): one
 * sheet whose cells hold what each field reads as when typed — numbers, percents, formulas.
 */
import type { World } from '../core/world';
import { fromUtf8 } from '../core/blob-data';
import { blankSpreadsheet } from './spreadsheet-app';
import { parseTyped } from './input';
import { localeInfo } from './locale';

/** RFC 4180: fields separated by commas, quoted with « " » when they hold commas, quotes or line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += ch;
  }
  if (field !== '' || row.length) endRow();
  return rows;
}

export function importCsv(world: World, id: string, bytes: Uint8Array) {
  const rows = parseCsv(fromUtf8(bytes));
  const model = blankSpreadsheet(world, id, Math.max(1000, rows.length), Math.max(26, ...rows.map((r) => r.length)));
  const sheet = model.sheets[0];
  const loc = localeInfo(model.locale);
  rows.forEach((row, r) =>
    row.forEach((text, c) => {
      const stored = parseTyped(text, loc, model.timeZone);
      if (stored.formula) sheet.formulas.set(r, c, stored.formula);
      else sheet.set(r, c, stored.value);
      if (stored.autoFormat) sheet.numberFormats.set(r, c, stored.autoFormat);
    }),
  );
  return model;
}
