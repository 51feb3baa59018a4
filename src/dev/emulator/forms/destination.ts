/**
 * The spreadsheet a form sends its responses to. Linking adds a response sheet named as Google names it
 * in the spreadsheet's locale — fr_* spreadsheets get "Réponses au formulaire N" / "Horodateur",
 * every other locale "Form Responses N" / "Timestamp" — placed first, header row frozen.
 */
import { AppsScriptException } from '../core/errors';
import { MimeTypes } from '../core/drive-store';
import { SpreadsheetModel, type CellValue, type SheetModel } from '../spreadsheet/model';
import type { FormCtx } from './context';
import { isQuestion, type FormModel, type ResponseModel } from './model';
import { linkedFormUrl } from './urls';

interface Labels {
  sheet: string;
  timestamp: string;
  email: string;
}

const FRENCH: Labels = { sheet: 'Réponses au formulaire', timestamp: 'Horodateur', email: 'Adresse e-mail' };
const ENGLISH: Labels = { sheet: 'Form Responses', timestamp: 'Timestamp', email: 'Email Address' };

export function labelsFor(locale: string): Labels {
  return /^fr/i.test(locale) ? FRENCH : ENGLISH;
}

/** Same message as for any Drive id that does not open (SpreadsheetApp/DriveApp.openById). */
export function notFound(): AppsScriptException {
  return new AppsScriptException('No item with the given ID could be found, or you do not have permission to access it.');
}

function spreadsheetOf(ctx: FormCtx, id: string): SpreadsheetModel {
  const rec = ctx.world.drive.get(id);
  if (!rec || rec.trashed || rec.mimeType !== MimeTypes.SPREADSHEET || !(rec.content instanceof SpreadsheetModel)) throw notFound();
  return rec.content;
}

export interface Target {
  spreadsheet: SpreadsheetModel;
  sheet: SheetModel;
}

/** The linked sheet, or null when the form has no destination or the sheet has been deleted. */
export function destinationSheet(ctx: FormCtx): Target | null {
  const d = ctx.model.destination;
  if (!d) return null;
  const content = ctx.world.drive.get(d.spreadsheetId)?.content;
  if (!(content instanceof SpreadsheetModel)) return null;
  const sheet = content.sheets.find((s) => s.sheetId === d.sheetId);
  return sheet ? { spreadsheet: content, sheet } : null;
}

export function unlink(ctx: FormCtx): void {
  const t = destinationSheet(ctx);
  if (t) t.sheet.formUrl = null;
  ctx.model.destination = null;
}

export function link(ctx: FormCtx, spreadsheetId: string): void {
  const spreadsheet = spreadsheetOf(ctx, spreadsheetId);
  unlink(ctx);
  const labels = labelsFor(spreadsheet.locale);
  let n = 1;
  while (spreadsheet.sheetByName(`${labels.sheet} ${n}`)) n++;
  const sheet = spreadsheet.addSheet(`${labels.sheet} ${n}`, 0);
  sheet.formUrl = linkedFormUrl(ctx.model);
  sheet.frozenRows = 1;
  ctx.model.destination = { spreadsheetId, sheetId: sheet.sheetId, columnKeys: [] };
  syncHeader(ctx.model, { spreadsheet, sheet });
  // Responses collected before the link are copied over, as Google does.
  for (const r of ctx.model.responses) writeResponse(ctx, r);
}

/** Column headers for the form's current questions, appending columns for questions added since. */
function syncHeader(model: FormModel, t: Target): string[] {
  const d = model.destination!;
  const labels = labelsFor(t.spreadsheet.locale);
  const wanted: [string, string][] = [['timestamp', labels.timestamp]];
  if (model.collectEmail) wanted.push(['email', labels.email]);
  for (const item of model.items) {
    if (!isQuestion(item.type)) continue;
    if (item.type === 'GRID') item.rows.forEach((row, r) => wanted.push([`${item.id}:${r}`, `${item.title} [${row}]`]));
    else wanted.push([String(item.id), item.title]);
  }
  const header = (t.sheet.values[0] ?? []).slice();
  for (const [key, title] of wanted) {
    let c = d.columnKeys.indexOf(key);
    if (c < 0) {
      c = Math.max(d.columnKeys.length, header.length);
      d.columnKeys[c] = key;
    }
    header[c] = title;
  }
  for (let c = 0; c < header.length; c++) if (header[c] === undefined) header[c] = '';
  t.sheet.values[0] = header;
  if (header.length > t.sheet.maxColumns) t.sheet.maxColumns = header.length;
  return header.map(String);
}

export interface WrittenRow {
  spreadsheetId: string;
  sheetName: string;
  sheetId: number;
  row: number;
  header: string[];
  cells: CellValue[];
  timeZone: string;
  locale: string;
}

/** Writes (or, for an edited response, rewrites) the response's row; null when there is no destination. */
export function writeResponse(ctx: FormCtx, r: ResponseModel): WrittenRow | null {
  const t = destinationSheet(ctx);
  if (!t) return null;
  const header = syncHeader(ctx.model, t);
  const keys = ctx.model.destination!.columnKeys;
  const cells: CellValue[] = keys.map((key) => cellFor(ctx.model, r, key));
  for (let c = cells.length; c < header.length; c++) cells[c] = '';
  let row: number;
  if (r.sheetRow !== undefined) {
    t.sheet.values[r.sheetRow - 1] = cells;
    row = r.sheetRow;
  } else {
    row = t.sheet.appendRow(cells);
    r.sheetRow = row;
  }
  return {
    spreadsheetId: ctx.model.destination!.spreadsheetId,
    sheetName: t.sheet.name,
    sheetId: t.sheet.sheetId,
    row,
    header,
    cells,
    timeZone: t.spreadsheet.timeZone,
    locale: t.spreadsheet.locale,
  };
}

/** Answers as the sheet shows them: scale answers as numbers, checkbox choices joined with ", ". */
function cellFor(model: FormModel, r: ResponseModel, key: string): CellValue {
  if (key === 'timestamp') return new Date(r.timestampMs);
  if (key === 'email') return r.respondentEmail;
  const [id, gridRow] = key.split(':');
  const item = model.item(Number(id));
  const a = r.answers.get(Number(id));
  if (!item || a === undefined) return '';
  if (gridRow !== undefined) return (a as string[])[Number(gridRow)] ?? '';
  if (Array.isArray(a)) return a.join(', ');
  if (item.type === 'SCALE' && a !== '') return Number(a);
  return a;
}
