/**
 * What a new version of a convention changes in Engagements: commitments carrying an ID get the
 * draft's changed fields, new ones are added, and those left out of the version are cancelled
 * (« Annulé »; done or already cancelled ones stay as they are). Every change journaled.
 */
import type { JournalEntry } from '../journal/entry';
import type { CellData, DataRecord, TableSpec } from '../schema/field';
import { COMMITMENTS } from '../schema/tables';
import { diffRecords } from '../records/diff';
import { text } from '../records/coerce';
import type { CheckedDraft } from './convention';

export interface StoredCommitment {
  row: number;
  record: DataRecord;
}

export interface CommitmentSync {
  /** Field → sheet row → new value: one write per changed column. */
  writes: Map<string, Map<number, CellData>>;
  entries: JournalEntry[];
  /** New commitments to add (user input, checked by the table). */
  added: DataRecord[];
}

const header = (spec: TableSpec, key: string) => spec.fields.find((f) => f.key === key)?.header ?? key;

/**
 * `stored`: the convention's commitments as in the sheet; `patches`: the draft's fields per kept ID;
 * `own`: IDs this request made itself (a retry must not withdraw what its earlier attempt added).
 */
export function planCommitmentSync(
  stored: readonly StoredCommitment[],
  conventionId: string,
  d: CheckedDraft,
  version: number,
  patches: ReadonlyMap<string, DataRecord>,
  own: ReadonlySet<string>,
): CommitmentSync {
  const byId = new Map(stored.map((s) => [text(s.record.id), s]));
  const action = `version ${version}`;
  const writes = new Map<string, Map<number, CellData>>();
  const entries: JournalEntry[] = [];
  const set = (field: string, row: number, value: CellData) => {
    if (!writes.has(field)) writes.set(field, new Map());
    writes.get(field)!.set(row, value);
  };
  const kept = new Set<string>();
  for (const c of d.commitments) {
    if (!c.id) continue;
    kept.add(c.id);
    const s = byId.get(c.id)!;
    const patch = patches.get(c.id) ?? {};
    for (const change of diffRecords(s.record, patch)) {
      set(change.field, s.row, patch[change.field]);
      entries.push({
        sheet: COMMITMENTS.sheetName,
        recordId: c.id,
        action,
        field: header(COMMITMENTS, change.field),
        before: change.before,
        after: change.after,
      });
    }
  }
  for (const s of stored) {
    const id = text(s.record.id);
    const status = s.record.status;
    if (kept.has(id) || own.has(id) || status === 'Réalisé' || status === 'Annulé') continue;
    set('status', s.row, 'Annulé');
    entries.push({
      sheet: COMMITMENTS.sheetName,
      recordId: id,
      action: `retiré de la version ${version}`,
      field: header(COMMITMENTS, 'status'),
      before: status,
      after: 'Annulé',
    });
  }
  const added = d.commitments.filter((c) => !c.id).map((c) => ({ ...c.record, conventionId, status: c.record.status || 'À faire' }));
  return { writes, entries, added };
}
