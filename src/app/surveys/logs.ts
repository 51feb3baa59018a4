/**
 * The two survey logs as the use cases read them — « Envois enquêtes » and « Réponses » grow with
 * every recipient and response, so they are read through `Store.columns` (fresh at each call, never
 * the whole-table cache) — and the live progress columns of « Enquêtes ».
 */
import type { DataRecord, FieldKey, Row, TableSpec } from '../../domain/schema/field';
import { CAMPAIGNS, RESPONSES, SENDS } from '../../domain/surveys/tables';
import { answeredTokens, progressOf, type Progress } from '../../domain/surveys/campaign';
import type { Store, Table } from '../../store/store';

export interface LogRow<S extends TableSpec = TableSpec> {
  row: number;
  record: Row<S>;
}

const everyKey = <S extends TableSpec>(spec: S): FieldKey<S>[] => spec.fields.map((f) => f.key as FieldKey<S>);

/** Every column of a log (on Sheets: header and rows in one call when the log is not open yet); `lastRow` exact. */
function wholeLog<S extends TableSpec>(store: Store, spec: S): { rows: LogRow<S>[]; lastRow: number } {
  const { rows, lastRow } = store.columns(spec, everyKey(spec));
  return { rows: rows.map((r) => ({ row: r.row, record: r.record as Row<S> })), lastRow };
}

/** « Envois enquêtes », every column. */
export const readSends = (store: Store) => wholeLog(store, SENDS);

/** « Réponses », every column: a submission appends below `lastRow` without asking the sheet again. */
export const readResponses = (store: Store) => wholeLog(store, RESPONSES);

const KEY_FIELDS = ['campaignId', 'responseId', 'token', 'flag', 'submittedAt'] as const;

/** The five key columns of « Réponses », never the whole table (answers and comments are long). */
export function readResponseKeys(store: Store): DataRecord[] {
  return store.columns(RESPONSES, KEY_FIELDS).rows.map((r) => r.record as DataRecord);
}

/** Progress columns of « Enquêtes » for the campaigns touched (one write per column). */
export function refreshProgress(
  campaigns: Table<typeof CAMPAIGNS>,
  sends: readonly DataRecord[],
  responses: readonly DataRecord[],
  ids: readonly string[],
): Map<string, Progress> {
  const out = new Map<string, Progress>();
  const columns: Record<keyof Progress, Map<number, number>> = {
    targets: new Map(),
    sent: new Map(),
    queued: new Map(),
    answered: new Map(),
    bounced: new Map(),
  };
  for (const id of ids) {
    const c = campaigns.get(id);
    if (!c) continue;
    const p = progressOf(
      sends.filter((s) => s.campaignId === id),
      answeredTokens(responses, id),
    );
    out.set(id, p);
    for (const k of Object.keys(columns) as (keyof Progress)[]) if (c.record[k] !== p[k]) columns[k].set(c.row, p[k]);
  }
  for (const k of Object.keys(columns) as (keyof Progress)[]) campaigns.writeComputed(k, columns[k]);
  return out;
}
