/**
 * What a new version of a convention changes in Engagements: commitments carrying an ID get the
 * draft's changed fields, new ones are added, and those left out of the version are cancelled
 * (« Annulé », motif « retiré en vN »; done or already cancelled ones stay as they are). Every
 * change journaled. A commitment sent without its ID but identical (nature, libellé, échéance) to
 * one of the convention's is that one (a page opened before IDs were sent back): never a duplicate.
 */
import type { JournalEntry } from '../journal/entry';
import type { CellData, DataRecord, TableSpec } from '../schema/field';
import { COMMITMENTS } from '../schema/tables';
import { diffRecords } from '../records/diff';
import { text } from '../records/coerce';
import type { CheckedDraft } from './convention';
import { CLOSED_STATUSES, statusOf } from '../commitments/status';

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
  const kept = new Set(d.commitments.map((c) => c.id).filter(Boolean));
  const sent = d.commitments.map((c) => ({ id: c.id || sameCommitment(stored, c.record, kept), byContent: !c.id, record: c.record }));
  for (const c of sent) {
    if (!c.id) continue;
    const s = byId.get(c.id)!;
    // Matched by content: only what was filled in changes, the rest of its row (status, proof…) stays.
    const patch = c.byContent ? filled(c.record) : (patches.get(c.id) ?? {});
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
  const matched = new Set(sent.map((c) => c.id).filter(Boolean));
  for (const s of stored) {
    const id = text(s.record.id);
    const status = text(s.record.status);
    if (matched.has(id) || own.has(id) || CLOSED_STATUSES.includes(statusOf(s.record))) continue;
    const reason = `retiré en v${version}`;
    set('status', s.row, 'Annulé');
    set('cancelReason', s.row, reason);
    for (const [field, before, after] of [
      ['status', status, 'Annulé'],
      ['cancelReason', text(s.record.cancelReason), reason],
    ])
      entries.push({ sheet: COMMITMENTS.sheetName, recordId: id, action: `retiré de la version ${version}`, field: header(COMMITMENTS, field), before, after });
  }
  const added = sent.filter((c) => !c.id).map((c) => ({ ...c.record, conventionId, status: c.record.status || 'À venir' }));
  return { writes, entries, added };
}

const identity = (r: DataRecord): string => [text(r.kind), text(r.label).trim().toLowerCase(), text(r.due)].join('|');

/**
 * The ID of the stored commitment an ID-less one is identical to and not already taken ('' if
 * none), now taken. Done and cancelled ones too: re-sent, they stay as they are, never copied.
 */
function sameCommitment(stored: readonly StoredCommitment[], r: DataRecord, taken: Set<string>): string {
  const key = identity(r);
  const hit = stored.find((s) => !taken.has(text(s.record.id)) && identity(s.record) === key);
  if (!hit) return '';
  taken.add(text(hit.record.id));
  return text(hit.record.id);
}

/** The fields an ID-less draft line filled in (blank ones would erase what the row holds). */
const filled = (r: DataRecord): DataRecord => Object.fromEntries(Object.entries(r).filter(([k, v]) => v !== '' && v !== null && k !== 'status'));
