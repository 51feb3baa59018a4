/**
 * What the feed changes in the register: rows to add, and field changes on rows already there
 * (matched by `source`), so a second run with nothing new changes nothing. A fed row whose source
 * is gone (convention terminated, opportunity now carried by a convention) is archived, not deleted;
 * one that comes back is restored. Rows typed by hand only get their FCFA value filled once the
 * rate of their date is entered.
 */
import { toXof, type ExchangeRates } from '../format/xof';
import { text } from '../records/coerce';
import { isFedSource, type FedRow, type ResourceRow } from './feed';

/** What the plan compares on a fed row (partnerName follows partnerId). */
const FED_FIELDS = ['partnerId', 'date', 'kind', 'label', 'amount', 'currency', 'status', 'conventionId', 'opportunityId', 'axis'] as const;

export type PlannedField = (typeof FED_FIELDS)[number] | 'amountXof' | 'archivedAt';

export interface FieldChange {
  /** Sheet row (as StoredRow.row). */
  row: number;
  id: string;
  field: PlannedField;
  before: string | number | null;
  after: string | number | null;
}

/** What one run of the feed did (« Mettre à jour depuis les conventions »). */
export interface ResourceSyncReport {
  added: number;
  updated: number;
  archived: number;
}

export interface SyncPlan {
  inserts: FedRow[];
  changes: FieldChange[];
}

const same = (a: unknown, b: unknown) => text(a) === text(b);

/** `existing`: every row of the register, archived ones included. `stamp`: now, for « Archivé le ». */
export function planSync(existing: readonly { row: number; record: ResourceRow }[], desired: readonly FedRow[], rates: ExchangeRates, stamp: string): SyncPlan {
  const bySource = new Map<string, { row: number; record: ResourceRow }>();
  const changes: FieldChange[] = [];
  const change = (s: { row: number; record: ResourceRow }, field: PlannedField, after: string | number | null) => {
    const before = s.record[field];
    if (!same(before, after)) changes.push({ row: s.row, id: text(s.record.id), field, before, after });
  };
  for (const s of existing) {
    const source = text(s.record.source);
    if (isFedSource(source) && !bySource.has(source)) bySource.set(source, s);
    else if (isFedSource(source))
      change(s, 'archivedAt', text(s.record.archivedAt) || stamp); // a duplicate typed by hand
    else if (s.record.amountXof === null && s.record.amount !== null && !text(s.record.archivedAt)) {
      const xof = toXof(s.record.amount, text(s.record.currency), rates, s.record.date || undefined);
      if (xof !== null) change(s, 'amountXof', xof);
    }
  }
  const inserts: FedRow[] = [];
  const wanted = new Set(desired.map((d) => d.source));
  for (const d of desired) {
    const s = bySource.get(d.source);
    if (!s) {
      inserts.push(d);
      continue;
    }
    for (const f of FED_FIELDS) change(s, f, d[f]);
    // The FCFA value stays at the rate of its date: rewritten only when what it converts changed, or to fill a blank.
    const moved = !same(s.record.amount, d.amount) || !same(s.record.currency, d.currency) || !same(s.record.date, d.date);
    if (moved || s.record.amountXof === null) change(s, 'amountXof', d.amountXof);
    change(s, 'archivedAt', '');
  }
  for (const [source, s] of bySource) if (!wanted.has(source) && !text(s.record.archivedAt)) change(s, 'archivedAt', stamp);
  return { inserts, changes };
}
