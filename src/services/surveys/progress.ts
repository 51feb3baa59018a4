/** Live progress of campaigns: the « Réponses » key columns, and the counters of « Enquêtes ». */
import type { DataRecord } from '../../domain/schema/field';
import { CAMPAIGNS, RESPONSES } from '../../domain/surveys/tables';
import { answeredTokens, progressOf, type Progress } from '../../domain/surveys/campaign';
import type { SheetTable } from '../sheet-table';
import type { StoreContext } from '../store-context';
import { openLog, readColumns, type ColumnRows, type LogSheet } from './append';
import { fromCell, type SheetCell } from '../cells';
import { mapHeaders } from '../header-map';
import { MissingColumnsError, SheetMissingError } from '../../store/errors';
import { expandCell } from '../long-texts';

const KEY_FIELDS = ['campaignId', 'responseId', 'token', 'flag', 'submittedAt'] as const;

/** The five key columns of « Réponses » (adjacent: one read), never the whole table. */
export function readResponseKeys(ctx: StoreContext): ColumnRows & { log: LogSheet } {
  const log = openLog(ctx, RESPONSES);
  return { ...readColumns(ctx, log, KEY_FIELDS), log };
}

/**
 * The whole « Réponses » sheet in ONE call (header and rows), as records with their row numbers;
 * `lastRow` is exact (the last row with content), so a single new row can be appended directly.
 */
export function readResponseRows(ctx: StoreContext): ColumnRows & { log: LogSheet; exact: true } {
  const sheet = ctx.spreadsheet.getSheetByName(RESPONSES.sheetName);
  if (!sheet) throw new SheetMissingError(RESPONSES.sheetName);
  let values: unknown[][];
  try {
    values = sheet.getSheetValues(1, 1, -1, -1);
  } catch {
    values = [];
  }
  const header = values[0] ?? [];
  const { columns, missing } = mapHeaders(RESPONSES, header);
  if (missing.length) throw new MissingColumnsError(RESPONSES.sheetName, missing);
  const layout = RESPONSES.fields.map((f) => [f, columns.get(f.key)!] as const);
  const rows: ColumnRows['rows'] = [];
  for (let i = 1; i < values.length; i++) {
    const cells = values[i];
    if (cells.every((c) => c === '')) continue;
    const record: DataRecord = {};
    for (const [f, c] of layout) record[f.key] = fromCell(f, expandCell(ctx, cells[c] ?? '') as SheetCell, ctx.timeZone);
    rows.push({ row: i + 1, record });
  }
  return { rows, lastRow: Math.max(1, values.length), log: { sheet, spec: RESPONSES, columns, width: header.length }, exact: true };
}

/** Progress columns of « Enquêtes » for the campaigns touched (one write per column). */
export function refreshProgress(
  st: { campaigns: SheetTable<typeof CAMPAIGNS>; records: ReadonlyMap<string, { row: number; record: DataRecord }> },
  responses: readonly DataRecord[],
  ids: readonly string[],
): Map<string, Progress> {
  const out = new Map<string, Progress>();
  const sends = [...st.records.values()].map((r) => r.record);
  const columns: Record<keyof Progress, Map<number, number>> = {
    targets: new Map(),
    sent: new Map(),
    queued: new Map(),
    answered: new Map(),
    bounced: new Map(),
  };
  for (const id of ids) {
    const c = st.campaigns.get(id);
    if (!c) continue;
    const p = progressOf(
      sends.filter((s) => s.campaignId === id),
      answeredTokens(responses, id),
    );
    out.set(id, p);
    for (const k of Object.keys(columns) as (keyof Progress)[]) if (c.record[k] !== p[k]) columns[k].set(c.row, p[k]);
  }
  for (const k of Object.keys(columns) as (keyof Progress)[]) st.campaigns.writeComputed(k, columns[k]);
  return out;
}
